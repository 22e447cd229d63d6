import { getFragmentData, graphql, type FragmentType } from "@/__generated__";

export const CoverageGaps_coverage = graphql(`
  fragment CoverageGaps_coverage on ServiceCoverage {
    missingCategories {
      code
      name
    }
  }
`);

/** The gap view for officials: the statutory areas with no service in the unit, as a list in words. */
export function CoverageGaps(props: { coverage: FragmentType<typeof CoverageGaps_coverage> }) {
  const { missingCategories } = getFragmentData(CoverageGaps_coverage, props.coverage);
  return (
    <section className="coverage-gaps" aria-labelledby="luki">
      <h2 id="luki">Luki w dostępie do usług</h2>
      {missingCategories.length > 0 ? (
        <>
          <p id="luki-lista">
            <strong>Brak usług w obszarach:</strong>
          </p>
          <ul className="coverage-gaps__list" aria-labelledby="luki-lista">
            {missingCategories.map((category) => (
              <li key={category.code}>{category.name}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>Na tym obszarze są usługi we wszystkich 14 obszarach usług społecznych.</p>
      )}
    </section>
  );
}

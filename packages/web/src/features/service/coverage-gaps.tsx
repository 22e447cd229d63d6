import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import type { Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { coverageAreaName } from "./coverage-format";

export const CoverageGaps_coverage = graphql(`
  fragment CoverageGaps_coverage on ServiceCoverage {
    missingCategories {
      code
      name
    }
  }
`);

/** The gap view for officials: the statutory areas with no service in the unit, as a list in words. */
export function CoverageGaps(props: {
  coverage: FragmentType<typeof CoverageGaps_coverage>;
  locale: Locale;
}) {
  const { locale } = props;
  const words = getMessages(locale).data.coverage;
  const { missingCategories } = getFragmentData(CoverageGaps_coverage, props.coverage);
  return (
    <section className="coverage-gaps" aria-labelledby="luki">
      <h2 id="luki">{words.gaps}</h2>
      {missingCategories.length > 0 ? (
        <>
          <p id="luki-lista">
            <strong>{words.gapsList}</strong>
          </p>
          <ul className="coverage-gaps__list" aria-labelledby="luki-lista">
            {missingCategories.map((category) => (
              <li key={category.code}>{coverageAreaName(category, locale)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{words.noGaps}</p>
      )}
    </section>
  );
}

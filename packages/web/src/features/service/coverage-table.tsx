import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { pluralize } from "@/lib/polish-plural";
import { coverageSearchHref } from "./coverage-format";

export const CoverageTable_coverage = graphql(`
  fragment CoverageTable_coverage on ServiceCoverage {
    unit {
      code
    }
    categories {
      code
      name
      serviceCount
      types {
        code
        name
        serviceCount
      }
    }
  }
`);

/**
 * The 14 statutory areas in statutory order with the unit's service counts. A count links to the
 * search limited to the unit and the area; an area without services says "brak usług" in words.
 */
export function CoverageTable(props: { coverage: FragmentType<typeof CoverageTable_coverage> }) {
  const { unit, categories } = getFragmentData(CoverageTable_coverage, props.coverage);
  return (
    <table className="coverage-table">
      <caption>Usługi w 14 obszarach usług społecznych</caption>
      <thead>
        <tr>
          <th scope="col">Obszar</th>
          <th scope="col">Usługi</th>
          <th scope="col">Rodzaje usług</th>
        </tr>
      </thead>
      <tbody>
        {categories.map((category) => {
          const types = category.types.filter((type) => type.serviceCount > 0);
          return (
            <tr
              key={category.code}
              className={category.serviceCount === 0 ? "coverage-table__gap" : undefined}
            >
              <th scope="row">{category.name}</th>
              <td>
                {category.serviceCount > 0 ? (
                  <a href={coverageSearchHref(unit.code, category.code)}>
                    {pluralize(category.serviceCount, { one: "usługa", few: "usługi", many: "usług" })}
                    <span className="visually-hidden"> — {category.name}</span>
                  </a>
                ) : (
                  <strong className="coverage-table__none">brak usług</strong>
                )}
              </td>
              <td>
                {types.length > 0
                  ? types.map((type) => `${type.name} (${type.serviceCount})`).join(", ")
                  : "—"}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

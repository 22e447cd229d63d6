import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { coverageAreaName, coverageSearchHref, coverageTypeName } from "./coverage-format";

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
 * search limited to the unit and the area (in the page's language); an area without services says
 * "brak usług" in words.
 */
export function CoverageTable(props: {
  coverage: FragmentType<typeof CoverageTable_coverage>;
  locale: Locale;
}) {
  const { locale } = props;
  const words = getMessages(locale).data.coverage;
  const { unit, categories } = getFragmentData(CoverageTable_coverage, props.coverage);
  return (
    <table className="coverage-table">
      <caption>{words.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{words.area}</th>
          <th scope="col">{words.services}</th>
          <th scope="col">{words.types}</th>
        </tr>
      </thead>
      <tbody>
        {categories.map((category) => {
          const types = category.types.filter((type) => type.serviceCount > 0);
          const name = coverageAreaName(category, locale);
          return (
            <tr
              key={category.code}
              className={category.serviceCount === 0 ? "coverage-table__gap" : undefined}
            >
              <th scope="row">{name}</th>
              <td>
                {category.serviceCount > 0 ? (
                  <a href={localeHref(locale, coverageSearchHref(unit.code, category.code))}>
                    {words.count(category.serviceCount)}
                    <span className="visually-hidden"> — {name}</span>
                  </a>
                ) : (
                  <strong className="coverage-table__none">{words.none}</strong>
                )}
              </td>
              <td>
                {types.length > 0
                  ? types.map((type) => `${coverageTypeName(type, locale)} (${type.serviceCount})`).join(", ")
                  : "—"}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

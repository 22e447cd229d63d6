import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { serviceLabels } from "@/features/service/service-labels";
import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { documentHref } from "./document-format";
import { documentLabels } from "./document-labels";
import { isCityWithCountyRights, lpdiGroups, type LpdiEntry } from "./lpdi-groups";

export const LpdiList_coverage = graphql(`
  fragment LpdiList_coverage on LpdiCoverage {
    entries {
      status
      unit {
        code
        name
        kind
        parent {
          code
          name
          kind
        }
      }
      document {
        id
        title
      }
    }
  }
`);

function unitName(unit: LpdiEntry["unit"]): string {
  return unit.kind === "COUNTY" ? `powiat ${unit.name}` : unit.name;
}

function kindName(unit: LpdiEntry["unit"], locale: Locale): string {
  if (unit.kind === "COUNTY") return getMessages(locale).documents.lpdi.countyGovernment;
  const kinds = serviceLabels(locale).placeKinds;
  return isCityWithCountyRights(unit) ? kinds.CITY_WITH_COUNTY_RIGHTS : kinds[unit.kind];
}

/**
 * Every powiat and gmina with the state of its plan, a list per powiat (lined up in columns on wide
 * screens, stacked on narrow ones). The status is written out; its mark and colour only repeat it.
 */
export function LpdiList(props: { coverage: FragmentType<typeof LpdiList_coverage>; locale: Locale }) {
  const { locale } = props;
  const { entries } = getFragmentData(LpdiList_coverage, props.coverage);
  const words = getMessages(locale).documents.lpdi;
  const statuses = documentLabels(locale).lpdiStatuses;
  const lang = recordLang(locale);
  return (
    <div className="lpdi-groups">
      {lpdiGroups(entries).map((group) => (
        <section key={group.key}>
          {group.county ? <h3 lang={lang}>{group.county}</h3> : <h3>{words.cities}</h3>}
          <p className="lpdi-group__count">{words.groupCount(group.adoptedCount, group.entries.length)}</p>
          <ul className="lpdi-list">
            {group.entries.map(({ unit, status, document }) => (
              <li key={unit.code} className="lpdi-entry">
                <strong className="lpdi-entry__name" lang={lang}>
                  {unitName(unit)}
                </strong>
                <span className="lpdi-entry__kind">
                  <span className="visually-hidden">, </span>
                  {kindName(unit, locale)}
                </span>
                <span className={`lpdi-status lpdi-status--${status.toLowerCase().replace("_", "-")}`}>
                  <span className="visually-hidden">: </span>
                  {statuses[status]}
                </span>
                {document && (
                  <a
                    className="lpdi-entry__plan"
                    href={localeHref(locale, documentHref(document.id))}
                    lang={lang}
                  >
                    {document.title}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

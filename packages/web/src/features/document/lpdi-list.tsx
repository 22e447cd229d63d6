import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { KIND_LABELS } from "@/features/territory/kind-labels";
import { documentHref } from "./document-format";
import { LPDI_STATUS_LABELS } from "./document-labels";
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

function kindName(unit: LpdiEntry["unit"]): string {
  if (unit.kind === "COUNTY") return "samorząd powiatu";
  return isCityWithCountyRights(unit) ? KIND_LABELS.CITY_WITH_COUNTY_RIGHTS : KIND_LABELS[unit.kind];
}

/**
 * Every powiat and gmina with the state of its plan, a list per powiat (lined up in columns on wide
 * screens, stacked on narrow ones). The status is written out; its mark and colour only repeat it.
 */
export function LpdiList(props: { coverage: FragmentType<typeof LpdiList_coverage> }) {
  const { entries } = getFragmentData(LpdiList_coverage, props.coverage);
  return (
    <div className="lpdi-groups">
      {lpdiGroups(entries).map((group) => (
        <section key={group.key}>
          <h3>{group.heading}</h3>
          <p className="lpdi-group__count">
            Plan przyjęty lub obowiązujący: {group.adoptedCount} z {group.entries.length} JST
          </p>
          <ul className="lpdi-list">
            {group.entries.map(({ unit, status, document }) => (
              <li key={unit.code} className="lpdi-entry">
                <strong className="lpdi-entry__name">{unitName(unit)}</strong>
                <span className="lpdi-entry__kind">
                  <span className="visually-hidden">, </span>
                  {kindName(unit)}
                </span>
                <span className={`lpdi-status lpdi-status--${status.toLowerCase().replace("_", "-")}`}>
                  <span className="visually-hidden">: </span>
                  {LPDI_STATUS_LABELS[status]}
                </span>
                {document && (
                  <a className="lpdi-entry__plan" href={documentHref(document.id)}>
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

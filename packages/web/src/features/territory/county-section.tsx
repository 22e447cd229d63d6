import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { pluralize } from "@/lib/polish-plural";
import { KIND_LABELS } from "./kind-labels";

export const CountySection_county = graphql(`
  fragment CountySection_county on TerritorialUnit {
    code
    name
    kind
    municipalities: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {
      code
      name
      kind
    }
  }
`);

function countyHeading(name: string, kind: string): string {
  return kind === "CITY_WITH_COUNTY_RIGHTS" ? `${name} — miasto na prawach powiatu` : `Powiat ${name}`;
}

export function CountySection(props: { county: FragmentType<typeof CountySection_county> }) {
  const county = getFragmentData(CountySection_county, props.county);
  const headingId = `powiat-${county.code}`;
  return (
    <section className="county" aria-labelledby={headingId}>
      <h3 id={headingId}>{countyHeading(county.name, county.kind)}</h3>
      <p className="county__meta">
        TERYT {county.code} ·{" "}
        {pluralize(county.municipalities.length, { one: "gmina", few: "gminy", many: "gmin" })}
      </p>
      <ul className="county__municipalities">
        {county.municipalities.map((municipality) => (
          <li key={municipality.code}>
            <span className="municipality__name">{municipality.name}</span>{" "}
            <span className="municipality__kind">{KIND_LABELS[municipality.kind]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

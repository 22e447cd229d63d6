import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { KIND_LABELS } from "@/features/territory/kind-labels";

export const DocumentAreaSelect_county = graphql(`
  fragment DocumentAreaSelect_county on TerritorialUnit {
    code
    name
    kind
    gminy: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {
      code
      name
      kind
    }
  }
`);

/**
 * "Gmina lub powiat": one select, the gminy grouped under their powiat, so that a shared link names
 * a unit by its TERYT code and namesakes (Augustów the town and the rural gmina) are told apart by
 * their kind. A city with powiat rights is one choice.
 */
export function DocumentAreaSelect(props: {
  counties: FragmentType<typeof DocumentAreaSelect_county>[];
  value: string;
}) {
  const units = props.counties.map((county) => getFragmentData(DocumentAreaSelect_county, county));
  const counties = units.filter((unit) => unit.kind === "COUNTY");
  const cities = units.filter((unit) => unit.kind === "CITY_WITH_COUNTY_RIGHTS");
  return (
    <div className="field">
      <label htmlFor="obszar">Gmina lub powiat</label>
      <p className="hint" id="obszar-hint">
        Pokażemy dokumenty tej jednostki oraz dokumenty powiatu i województwa, które jej dotyczą.
      </p>
      <select id="obszar" name="obszar" defaultValue={props.value} aria-describedby="obszar-hint">
        <option value="">wszystkie</option>
        {counties.map((county) => (
          <optgroup key={county.code} label={`powiat ${county.name}`}>
            <option value={county.code}>powiat {county.name} — cały</option>
            {county.gminy.map((gmina) => (
              <option key={gmina.code} value={gmina.code}>
                {gmina.name} — {KIND_LABELS[gmina.kind]}
              </option>
            ))}
          </optgroup>
        ))}
        {cities.length > 0 && (
          <optgroup label="miasta na prawach powiatu">
            {cities.map((city) => (
              <option key={city.code} value={city.code}>
                {city.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}

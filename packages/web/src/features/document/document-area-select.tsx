import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { serviceLabels } from "@/features/service/service-labels";
import type { Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

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
  locale: Locale;
}) {
  const words = getMessages(props.locale).documents.filters;
  const kinds = serviceLabels(props.locale).placeKinds;
  const units = props.counties.map((county) => getFragmentData(DocumentAreaSelect_county, county));
  const counties = units.filter((unit) => unit.kind === "COUNTY");
  const cities = units.filter((unit) => unit.kind === "CITY_WITH_COUNTY_RIGHTS");
  // Option texts cannot hold a lang attribute: the Polish names stand in the page's words.
  return (
    <div className="field">
      <label htmlFor="obszar">{words.area}</label>
      <p className="hint" id="obszar-hint">
        {words.areaHint}
      </p>
      <select id="obszar" name="obszar" defaultValue={props.value} aria-describedby="obszar-hint">
        <option value="">{words.allAreas}</option>
        {counties.map((county) => (
          <optgroup key={county.code} label={words.county(county.name)}>
            <option value={county.code}>{words.wholeCounty(county.name)}</option>
            {county.gminy.map((gmina) => (
              <option key={gmina.code} value={gmina.code}>
                {words.gmina(gmina.name, kinds[gmina.kind])}
              </option>
            ))}
          </optgroup>
        ))}
        {cities.length > 0 && (
          <optgroup label={words.cities}>
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

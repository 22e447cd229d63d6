import type { TerritorialUnitKind } from "@/__generated__/graphql";
import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

export const LPDI_PATH = "/dokumenty/lpdi";

/** "Pokaż dla": the whole województwo or one powiat; a GET form, so every view has its own address. */
export function LpdiAreaForm(props: {
  regionCode: string;
  regionName: string;
  counties: { code: string; name: string; kind: TerritorialUnitKind }[];
  value: string;
  locale: Locale;
}) {
  const words = getMessages(props.locale).documents.lpdi;
  return (
    <form className="lpdi-area-form" method="get" action={localeHref(props.locale, LPDI_PATH)}>
      <div className="field">
        <label htmlFor="obszar">{words.showFor}</label>
        <select id="obszar" name="obszar" defaultValue={props.value}>
          <option value={props.regionCode}>{words.wholeRegion(props.regionName)}</option>
          {props.counties.map((county) => (
            <option key={county.code} value={county.code}>
              {county.kind === "COUNTY" ? words.county(county.name) : words.city(county.name)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{words.show}</button>
    </form>
  );
}

import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { serviceLabels } from "@/features/service/service-labels";
import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { withRecordName } from "./record-name";

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

/** A powiat with its gminy: the names are the register's (Polish), their kinds in the page's language. */
export function CountySection(props: { county: FragmentType<typeof CountySection_county>; locale: Locale }) {
  const { locale } = props;
  const county = getFragmentData(CountySection_county, props.county);
  const words = getMessages(locale).data.units;
  const kinds = serviceLabels(locale).placeKinds;
  const lang = recordLang(locale);
  const headingId = `powiat-${county.code}`;
  const heading = county.kind === "CITY_WITH_COUNTY_RIGHTS" ? words.city : words.county;
  return (
    <section className="county" aria-labelledby={headingId}>
      <h3 id={headingId}>{withRecordName(heading(county.name), county.name, lang)}</h3>
      <p className="county__meta">
        TERYT {county.code} · {words.municipalities(county.municipalities.length)}
      </p>
      <ul className="county__municipalities">
        {county.municipalities.map((municipality) => (
          <li key={municipality.code}>
            <span className="municipality__name" lang={lang}>
              {municipality.name}
            </span>{" "}
            <span className="municipality__kind">{kinds[municipality.kind]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

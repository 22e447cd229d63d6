import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import type { TerritorialUnitKind } from "@/__generated__/graphql";
import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { serviceLabels } from "./service-labels";

export const ServiceDetailAreas_service = graphql(`
  fragment ServiceDetailAreas_service on Service {
    areasServed {
      code
      name
      kind
    }
  }
`);

/** Gminy and powiaty have a coverage page (/gminy/{code}); other units do not. */
const COVERAGE_KINDS: ReadonlySet<TerritorialUnitKind> = new Set([
  "COUNTY",
  "CITY_WITH_COUNTY_RIGHTS",
  "URBAN_MUNICIPALITY",
  "RURAL_MUNICIPALITY",
  "URBAN_RURAL_MUNICIPALITY",
]);

/** "Obszar": the units the service covers, each linking to the services available there. */
export function ServiceDetailAreas(props: {
  service: FragmentType<typeof ServiceDetailAreas_service>;
  locale: Locale;
}) {
  const { locale } = props;
  const { areasServed } = getFragmentData(ServiceDetailAreas_service, props.service);
  const words = getMessages(locale).service.areas;
  const kinds = serviceLabels(locale).placeKinds;
  return (
    <section aria-labelledby="obszar">
      <h2 id="obszar">{words.heading}</h2>
      {areasServed.length > 0 ? (
        <>
          <p>{words.covers}</p>
          <ul className="service-detail__list">
            {areasServed.map((area) => (
              <li key={area.code}>
                {COVERAGE_KINDS.has(area.kind) ? (
                  <a href={localeHref(locale, `/gminy/${area.code}`)}>{area.name}</a>
                ) : (
                  area.name
                )}{" "}
                <span className="muted">({kinds[area.kind]})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{words.none}</p>
      )}
    </section>
  );
}

import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import type { TerritorialUnitKind } from "@/__generated__/graphql";
import { KIND_LABELS } from "@/features/territory/kind-labels";

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
export function ServiceDetailAreas(props: { service: FragmentType<typeof ServiceDetailAreas_service> }) {
  const { areasServed } = getFragmentData(ServiceDetailAreas_service, props.service);
  return (
    <section aria-labelledby="obszar">
      <h2 id="obszar">Obszar</h2>
      {areasServed.length > 0 ? (
        <>
          <p>Usługa obejmuje mieszkańców:</p>
          <ul className="service-detail__list">
            {areasServed.map((area) => (
              <li key={area.code}>
                {COVERAGE_KINDS.has(area.kind) ? <a href={`/gminy/${area.code}`}>{area.name}</a> : area.name}{" "}
                <span className="muted">({KIND_LABELS[area.kind]})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Usługodawca nie podał obszaru — zapytaj, czy usługa obejmuje Twoją miejscowość.</p>
      )}
    </section>
  );
}

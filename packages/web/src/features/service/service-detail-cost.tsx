import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { priceText } from "./service-detail-format";
import { COST_KIND_LABELS } from "./service-labels";

export const ServiceDetailCost_service = graphql(`
  fragment ServiceDetailCost_service on Service {
    cost {
      kind
      amount
      unit
      explanation
    }
  }
`);

/** "Ile kosztuje": the kind of payment first, then the price and how it is decided. */
export function ServiceDetailCost(props: { service: FragmentType<typeof ServiceDetailCost_service> }) {
  const { cost } = getFragmentData(ServiceDetailCost_service, props.service);
  const price = priceText(cost.amount, cost.unit);
  return (
    <section aria-labelledby="ile-kosztuje">
      <h2 id="ile-kosztuje">Ile kosztuje</h2>
      <dl className="facts">
        <div>
          <dt>Odpłatność</dt>
          <dd className="service-detail__cost">{COST_KIND_LABELS[cost.kind]}</dd>
        </div>
        {price && (
          <div>
            <dt>Cena</dt>
            <dd>{price}</dd>
          </div>
        )}
      </dl>
      {cost.explanation && <p>{cost.explanation}</p>}
    </section>
  );
}

import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { priceText } from "./service-detail-format";
import { serviceLabels } from "./service-labels";

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
export function ServiceDetailCost(props: {
  service: FragmentType<typeof ServiceDetailCost_service>;
  locale: Locale;
}) {
  const { cost } = getFragmentData(ServiceDetailCost_service, props.service);
  const words = getMessages(props.locale).service.cost;
  // The price's unit is the record's free text ("zł za godzinę"), so the price stays Polish.
  const record = recordLang(props.locale);
  const price = priceText(cost.amount, cost.unit);
  return (
    <section aria-labelledby="ile-kosztuje">
      <h2 id="ile-kosztuje">{words.heading}</h2>
      <dl className="facts">
        <div>
          <dt>{words.kind}</dt>
          <dd className="service-detail__cost">{serviceLabels(props.locale).costKinds[cost.kind]}</dd>
        </div>
        {price && (
          <div>
            <dt>{words.price}</dt>
            <dd lang={record}>{price}</dd>
          </div>
        )}
      </dl>
      {cost.explanation && <p lang={record}>{cost.explanation}</p>}
    </section>
  );
}

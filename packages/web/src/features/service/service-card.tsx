import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { Card } from "@/components/card";
import { DEFAULT_LOCALE, localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { unitLabel } from "./place-picker-matches";
import { costParts } from "./service-card-cost";
import { serviceLabels } from "./service-labels";

export const ServiceCard_service = graphql(`
  fragment ServiceCard_service on Service {
    id
    slug
    title
    serviceType
    category
    isStale
    isDemo
    cost {
      kind
      amount
      unit
    }
    provider {
      name
    }
    locations {
      address {
        streetAddress
        city
      }
    }
    areasServed {
      code
      name
      kind
    }
  }
`);

const MAX_PLACES = 3;

/** "Łapy, ul. Leśna 5; Suraż, …" — at most three addresses, and how many more there are. */
function places(locations: { address: { streetAddress: string; city: string } }[]) {
  const addresses = [
    ...new Set(
      locations.map(({ address }) => [address.city, address.streetAddress].filter(Boolean).join(", ")),
    ),
  ];
  return { shown: addresses.slice(0, MAX_PLACES).join("; "), more: addresses.length - MAX_PLACES };
}

/**
 * One search result: the title links to the service's page (its heading, for screen readers).
 * `number` is the position in the results, shown when a map refers to it. On a page in another
 * language the card's words are translated and the record's own text is marked Polish.
 */
export function ServiceCard(props: {
  service: FragmentType<typeof ServiceCard_service>;
  number?: number;
  locale?: Locale;
}) {
  const service = getFragmentData(ServiceCard_service, props.service);
  const locale = props.locale ?? DEFAULT_LOCALE;
  const words = getMessages(locale).serviceCard;
  const labels = serviceLabels(locale);
  const record = recordLang(locale);
  const headingId = `usluga-${service.slug}`;
  const { shown, more } = places(service.locations);
  const areas = service.areasServed.map((unit) => unitLabel(unit, locale)).join(", ");
  const cost = costParts(service.cost, labels.costKinds);
  return (
    <Card
      className="service-card"
      headingId={headingId}
      href={localeHref(locale, `/uslugi/${encodeURIComponent(service.slug)}`)}
      title={service.title}
      titleLang={record}
      titleLangOn="link"
      marker={props.number !== undefined && <span className="service-card__number">{props.number}. </span>}
      meta={`${labels.serviceTypes[service.serviceType]} · ${labels.serviceAreas[service.category]}`}
      badges={
        <Badges label={words.badges}>
          {service.isStale && <Badge variant="stale">{words.stale}</Badge>}
          {service.isDemo && <Badge variant="demo">{words.demo}</Badge>}
        </Badges>
      }
    >
      <dl className="service-card__facts">
        <div>
          <dt>{words.provider}</dt>
          <dd>{service.provider ? <span lang={record}>{service.provider.name}</span> : words.noProvider}</dd>
        </div>
        <div>
          <dt>{words.cost}</dt>
          <dd className={service.cost.kind === "FREE" ? "service-card__free" : undefined}>
            {cost.price ? (
              <>
                {cost.sentence}: <span lang={record}>{cost.price}</span>
              </>
            ) : (
              cost.sentence
            )}
          </dd>
        </div>
        <div>
          <dt>{words.place}</dt>
          <dd>
            {shown ? <span lang={record}>{shown}</span> : words.noAddress}
            {more > 0 && ` ${words.morePlaces(more)}`}
          </dd>
        </div>
        {areas && (
          <div>
            <dt>{words.residents}</dt>
            <dd>{areas}</dd>
          </div>
        )}
      </dl>
    </Card>
  );
}

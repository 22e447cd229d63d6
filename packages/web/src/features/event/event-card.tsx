import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { Card } from "@/components/card";
import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { registrationText, venueText } from "./event-format";
import { eventWhen } from "./event-time";

export const EventCard_event = graphql(`
  fragment EventCard_event on Event {
    slug
    kind
    title
    summary
    isDemo
    startsAt
    endsAt
    attendanceMode
    registrationState
    placesLeft
    venue {
      name
      streetAddress
      postalCode
      city
    }
  }
`);

export const eventPath = (slug: string) => `/wydarzenia/${encodeURIComponent(slug)}`;

/** One event of the list: kind, when, where (or online) and whether one can still register. */
export function EventCard(props: { event: FragmentType<typeof EventCard_event>; locale: Locale }) {
  const { locale } = props;
  const event = getFragmentData(EventCard_event, props.event);
  const words = getMessages(locale).events;
  const lang = recordLang(locale);
  const where = event.venue
    ? `${venueText(event.venue)}${event.attendanceMode === "HYBRID" ? ` + ${words.card.online}` : ""}`
    : words.card.online;
  return (
    <Card
      className="event-card"
      headingId={`wydarzenie-${event.slug}`}
      href={localeHref(locale, eventPath(event.slug))}
      title={event.title}
      titleLang={lang}
      meta={words.kinds[event.kind]}
      badges={<Badges>{event.isDemo && <Badge variant="demo">{words.card.demo}</Badge>}</Badges>}
    >
      <p className="event-card__summary" lang={lang}>
        {event.summary}
      </p>
      <dl className="event-card__facts">
        <div>
          <dt>{words.card.when}</dt>
          <dd>{eventWhen(String(event.startsAt), String(event.endsAt), locale)}</dd>
        </div>
        <div>
          <dt>{words.card.where}</dt>
          <dd lang={event.venue ? lang : undefined}>{where}</dd>
        </div>
        <div>
          <dt>{words.card.places}</dt>
          <dd className={`event-state event-state--${event.registrationState.toLowerCase()}`}>
            {registrationText(event, words.state)}
          </dd>
        </div>
      </dl>
    </Card>
  );
}

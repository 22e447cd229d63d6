import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { serviceLabels } from "@/features/service/service-labels";
import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { externalUrl } from "@/lib/contact-links";
import { registrationText, venueText } from "./event-format";
import { eventMoment, eventWhen } from "./event-time";

export const EventOverview_event = graphql(`
  fragment EventOverview_event on Event {
    kind
    startsAt
    endsAt
    attendanceMode
    audiences
    topics
    serviceAreas
    onlineUrl
    capacity
    placesLeft
    registrationState
    registrationOpensAt
    registrationClosesAt
    confirmedCount
    waitingListCount
    organizerName
    organizer {
      slug
      name
    }
    venue {
      name
      streetAddress
      postalCode
      city
      gmina {
        name
      }
    }
  }
`);

/** DateTime comes as an ISO string; the generated types leave custom scalars unknown. */
const moment = (value: unknown, locale: Locale) =>
  typeof value === "string" && value ? eventMoment(value, locale) : null;

function List(props: { items: string[] }) {
  if (props.items.length === 1) return <>{props.items[0]}</>;
  return (
    <ul className="inline-list">
      {props.items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** "Najważniejsze informacje": what, when, where, for whom, who organizes, and registration in words. */
export function EventOverview(props: { event: FragmentType<typeof EventOverview_event>; locale: Locale }) {
  const { locale } = props;
  const event = getFragmentData(EventOverview_event, props.event);
  const words = getMessages(locale).events;
  const lang = recordLang(locale);
  const online = event.onlineUrl ? externalUrl(event.onlineUrl) : null;
  const opens = event.registrationState === "NOT_YET_OPEN" ? moment(event.registrationOpensAt, locale) : null;
  const closes =
    event.registrationState === "OPEN" || event.registrationState === "WAITING_LIST_ONLY"
      ? moment(event.registrationClosesAt, locale)
      : null;
  const areas = serviceLabels(locale).serviceAreas;
  return (
    <section aria-labelledby="najwazniejsze">
      <h2 id="najwazniejsze">{words.detail.overview}</h2>
      <dl className="facts">
        <div>
          <dt>{words.detail.kind}</dt>
          <dd>{words.kinds[event.kind]}</dd>
        </div>
        <div>
          <dt>{words.detail.when}</dt>
          <dd>{eventWhen(String(event.startsAt), String(event.endsAt), locale)}</dd>
        </div>
        <div>
          <dt>{words.detail.mode}</dt>
          <dd>{words.modes[event.attendanceMode]}</dd>
        </div>
        <div>
          <dt>{words.detail.where}</dt>
          <dd lang={event.venue ? lang : undefined}>
            {event.venue ? venueText(event.venue) : words.detail.onlineOnly}
            {event.venue?.gmina && ` (${event.venue.gmina.name})`}
          </dd>
        </div>
        {online && (
          <div>
            <dt>{words.detail.online}</dt>
            <dd>
              <a href={online.href} rel="noopener noreferrer">
                {words.detail.onlineLink}
              </a>{" "}
              <span className="muted">({online.label})</span>
            </dd>
          </div>
        )}
        {event.audiences.length > 0 && (
          <div>
            <dt>{words.detail.audience}</dt>
            <dd>
              <List items={event.audiences.map((audience) => words.audiences[audience])} />
            </dd>
          </div>
        )}
        {event.topics.length > 0 && (
          <div>
            <dt>{words.detail.topics}</dt>
            <dd>
              <List items={event.topics.map((topic) => words.topics[topic])} />
            </dd>
          </div>
        )}
        {event.serviceAreas.length > 0 && (
          <div>
            <dt>{words.detail.areas}</dt>
            <dd>
              <List items={event.serviceAreas.map((area) => areas[area])} />
            </dd>
          </div>
        )}
        <div>
          <dt>{words.detail.organizer}</dt>
          <dd lang={lang}>
            {event.organizer ? (
              <a href={localeHref(locale, `/podmioty/${encodeURIComponent(event.organizer.slug)}`)}>
                {event.organizer.name}
              </a>
            ) : (
              event.organizerName
            )}
          </dd>
        </div>
        <div>
          <dt>{words.detail.registration}</dt>
          <dd className={`event-state event-state--${event.registrationState.toLowerCase()}`}>
            {registrationText(event, words.state)}
            {opens && ` (${words.state.opensAt(opens)})`}
            {closes && ` (${words.state.closesAt(closes)})`}
          </dd>
        </div>
        {event.capacity !== null && event.capacity !== undefined && (
          <div>
            <dt>{words.detail.capacity}</dt>
            <dd>
              {event.capacity} ({words.detail.confirmed(event.confirmedCount)}
              {event.waitingListCount > 0 && `, ${words.detail.waiting(event.waitingListCount)}`})
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

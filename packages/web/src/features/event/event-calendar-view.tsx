import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { localeHref, LOCALE_TAGS, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { eventsByDay, monthWeeks, type CalendarEntry } from "./event-calendar";
import { eventPath } from "./event-card";

export const EventCalendar_event = graphql(`
  fragment EventCalendar_event on Event {
    id
    slug
    title
    kind
    startsAtLocal
    endsAtLocal
    registrationState
  }
`);

type CalendarEvent = { slug: string; title: string; startsAtLocal: string; endsAtLocal: string };

const utcFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(LOCALE_TAGS[locale], { ...options, timeZone: "UTC" });

/** A Monday, from which the seven weekday names are read in the page's language. */
const A_MONDAY = Date.UTC(2026, 0, 5);
const weekdays = (locale: Locale) =>
  Array.from({ length: 7 }, (_, index) => new Date(A_MONDAY + index * 86_400_000)).map((date) => ({
    short: utcFormat(locale, { weekday: "short" }).format(date),
    long: utcFormat(locale, { weekday: "long" }).format(date),
  }));

function EventLinks(props: { entries: CalendarEntry<CalendarEvent>[]; locale: Locale; continues: string }) {
  const lang = recordLang(props.locale);
  return (
    <ul className="event-calendar__events">
      {props.entries.map(({ event, starts }) => (
        <li key={event.slug}>
          <a href={localeHref(props.locale, eventPath(event.slug))}>
            {starts ? (
              <span className="event-calendar__time">{event.startsAtLocal.slice(11, 16)}</span>
            ) : null}{" "}
            <span lang={lang}>{event.title}</span>
            {!starts && ` (${props.continues})`}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * A month of events: a table (caption, a column header per weekday, each day's events as links)
 * on wide screens; on narrow ones, which the table would make scroll sideways, the same events as
 * a list of days (the stylesheet shows one or the other). Previous/next month are plain links.
 */
export function EventCalendarView(props: {
  events: FragmentType<typeof EventCalendar_event>[];
  month: string;
  monthHref: (month: string) => string;
  previousMonth: string;
  nextMonth: string;
  locale: Locale;
}) {
  const { locale, month } = props;
  const words = getMessages(locale).events.calendar;
  const events = props.events.map((event) => getFragmentData(EventCalendar_event, event));
  const days = eventsByDay(events, month);
  const monthName = utcFormat(locale, { month: "long", year: "numeric" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
  const dayName = utcFormat(locale, { weekday: "long", day: "numeric", month: "long" });
  const names = weekdays(locale);
  return (
    <div className="event-calendar">
      <nav className="event-calendar__months" aria-label={words.navigation}>
        <a href={props.monthHref(props.previousMonth)} rel="prev">
          <span aria-hidden="true">← </span>
          {words.previous}
        </a>
        <p className="event-calendar__month">{monthName}</p>
        <a href={props.monthHref(props.nextMonth)} rel="next">
          {words.next}
          <span aria-hidden="true"> →</span>
        </a>
      </nav>
      {days.size === 0 && <p className="empty-state">{words.noEvents}</p>}
      <table className="event-calendar__grid">
        <caption>{words.caption(monthName)}</caption>
        <thead>
          <tr>
            {names.map((name) => (
              <th scope="col" key={name.long}>
                <span aria-hidden="true">{name.short}</span>
                <span className="visually-hidden">{name.long}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((day, index) => {
                if (!day) return <td key={`empty-${index}`} className="event-calendar__outside" />;
                const entries = days.get(day) ?? [];
                return (
                  <td key={day} className={entries.length ? "event-calendar__busy" : undefined}>
                    <span className="event-calendar__day">{Number(day.slice(8))}</span>
                    {entries.length > 0 && (
                      <EventLinks entries={entries} locale={locale} continues={words.continues} />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {days.size > 0 && (
        <section className="event-calendar__list" aria-label={words.listByDay}>
          <ol>
            {[...days.entries()]
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([day, entries]) => (
                <li key={day}>
                  <h3>{dayName.format(new Date(`${day}T00:00:00Z`))}</h3>
                  <EventLinks entries={entries} locale={locale} continues={words.continues} />
                </li>
              ))}
          </ol>
        </section>
      )}
    </div>
  );
}

import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { LOCALE_TAGS, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { formatDate } from "@/lib/dates";
import { formatSpan, upcomingExceptions, weeklyHours } from "./opening-hours-format";

export const OpeningHours_location = graphql(`
  fragment OpeningHours_location on ServiceLocation {
    name
    openingHours {
      weekday
      opens
      closes
    }
    exceptions {
      date
      closed
      opens
      closes
      note
    }
  }
`);

function exceptionHours(
  exception: { closed: boolean; opens?: string | null; closes?: string | null },
  closed: string,
) {
  if (exception.closed || !exception.opens || !exception.closes) return closed;
  return formatSpan(exception.opens, exception.closes);
}

/**
 * The weekly hours of one location as a table, Monday first, every day named (a closed day says so
 * instead of being left out), then the dates from today on that have other hours.
 */
export function OpeningHours(props: {
  location: FragmentType<typeof OpeningHours_location>;
  today: string;
  locale: Locale;
}) {
  const location = getFragmentData(OpeningHours_location, props.location);
  const words = getMessages(props.locale).service.hours;
  const exceptions = upcomingExceptions(location.exceptions, props.today);
  if (location.openingHours.length === 0 && exceptions.length === 0) {
    return <p>{words.none}</p>;
  }
  return (
    <>
      {location.openingHours.length > 0 && (
        <table className="opening-hours">
          <caption>{words.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{words.day}</th>
              <th scope="col">{words.hours}</th>
            </tr>
          </thead>
          <tbody>
            {weeklyHours(location.openingHours).map((day) => (
              <tr key={day.weekday}>
                <th scope="row">{words.weekdays[day.weekday - 1]}</th>
                <td>{day.spans.length > 0 ? day.spans.join(", ") : words.closed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {exceptions.length > 0 && (
        <>
          <h4>{words.exceptions}</h4>
          <ul className="service-detail__list">
            {exceptions.map((exception) => (
              <li key={exception.date}>
                {words.onDate(formatDate(exception.date, LOCALE_TAGS[props.locale]))}{" "}
                {exceptionHours(exception, words.closed)}
                {exception.note && (
                  <span className="muted" lang={recordLang(props.locale)}>
                    {" "}
                    ({exception.note})
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

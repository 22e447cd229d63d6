import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
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

function exceptionHours(exception: { closed: boolean; opens?: string | null; closes?: string | null }) {
  if (exception.closed || !exception.opens || !exception.closes) return "nieczynne";
  return formatSpan(exception.opens, exception.closes);
}

/**
 * The weekly hours of one location as a table, Monday first, every day named (a closed day says so
 * instead of being left out), then the dates from today on that have other hours.
 */
export function OpeningHours(props: { location: FragmentType<typeof OpeningHours_location>; today: string }) {
  const location = getFragmentData(OpeningHours_location, props.location);
  const exceptions = upcomingExceptions(location.exceptions, props.today);
  if (location.openingHours.length === 0 && exceptions.length === 0) {
    return <p>Nie podano godzin otwarcia — termin ustal z usługodawcą.</p>;
  }
  return (
    <>
      {location.openingHours.length > 0 && (
        <table className="opening-hours">
          <caption>Godziny otwarcia</caption>
          <thead>
            <tr>
              <th scope="col">Dzień</th>
              <th scope="col">Godziny</th>
            </tr>
          </thead>
          <tbody>
            {weeklyHours(location.openingHours).map((day) => (
              <tr key={day.weekday}>
                <th scope="row">{day.name}</th>
                <td>{day.spans.length > 0 ? day.spans.join(", ") : "nieczynne"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {exceptions.length > 0 && (
        <>
          <h4>Inne godziny w wybranych dniach</h4>
          <ul className="service-detail__list">
            {exceptions.map((exception) => (
              <li key={exception.date}>
                {formatDate(exception.date)} r.: {exceptionHours(exception)}
                {exception.note && <span className="muted"> ({exception.note})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

import type { Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import type { EventSearch } from "./event-search";

/** Plain links between the list and the calendar of the same search; the current one is marked by aria-current and a bar, not colour alone. */
export function EventViewSwitch(props: {
  view: EventSearch["view"];
  listHref: string;
  calendarHref: string;
  locale: Locale;
}) {
  const words = getMessages(props.locale).events.list;
  const views = [
    { view: "list", label: words.listView, href: props.listHref },
    { view: "calendar", label: words.calendarView, href: props.calendarHref },
  ] as const;
  return (
    <nav className="view-switch" aria-label={words.views}>
      <ul>
        {views.map(({ view, label, href }) => (
          <li key={view}>
            <a href={href} aria-current={props.view === view ? "page" : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { EmptyState } from "@/components/empty-state";
import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { EVENTS_PATH, hasFilters, type EventSearch } from "./event-search";

/** What to try when nothing matches, worded after what narrowed the search. */
export function EventSearchEmpty(props: { search: EventSearch; locale: Locale }) {
  const { search } = props;
  const words = getMessages(props.locale).events.list.empty;
  return (
    <EmptyState
      filtered={hasFilters(search) || !search.past}
      unfiltered={words.knowledgeBase}
      hints={[
        !!(search.from || search.to) && words.widerDates,
        !!(search.place || search.areaCode) && words.countyInstead,
        (search.kinds.length > 0 || search.topics.length > 0 || search.openOnly) && words.uncheck,
        !search.past && words.seePast,
      ]}
      clearHref={localeHref(props.locale, EVENTS_PATH)}
      words={words}
    />
  );
}

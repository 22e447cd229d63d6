import { EmptyState } from "@/components/empty-state";
import { DEFAULT_LOCALE, localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { hasFilters, narrowedByChoice, SERVICES_PATH, type ServiceSearch } from "./service-search";

/** What to try when nothing matches, worded after what narrowed the search. */
export function ServiceSearchEmpty(props: { search: ServiceSearch; locale?: Locale }) {
  const { search } = props;
  const locale = props.locale ?? DEFAULT_LOCALE;
  const words = getMessages(locale).services.empty;
  return (
    <EmptyState
      filtered={hasFilters(search)}
      unfiltered={words.catalogue}
      hints={[
        !!search.text && words.fewerWords,
        !!(search.place || search.areaCode) && words.countyInstead,
        narrowedByChoice(search) && words.uncheck,
      ]}
      clearHref={localeHref(locale, SERVICES_PATH)}
      words={words}
    />
  );
}

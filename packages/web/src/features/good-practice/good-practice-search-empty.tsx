import { EmptyState } from "@/components/empty-state";
import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import {
  GOOD_PRACTICES_PATH,
  hasFilters,
  narrowedByChoice,
  type GoodPracticeSearch,
} from "./good-practice-search";

/** What to try when nothing matches, worded after what narrowed the search. */
export function GoodPracticeSearchEmpty(props: { search: GoodPracticeSearch; locale: Locale }) {
  const { search } = props;
  const words = getMessages(props.locale).knowledge.goodPractices.empty;
  return (
    <EmptyState
      filtered={hasFilters(search)}
      unfiltered={words.knowledgeBase}
      hints={[
        !!search.text && words.fewerWords,
        !!(search.place || search.areaCode) && words.countyInstead,
        narrowedByChoice(search) && words.uncheck,
      ]}
      clearHref={localeHref(props.locale, GOOD_PRACTICES_PATH)}
      words={words}
    />
  );
}

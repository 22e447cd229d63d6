import { EmptyState } from "@/components/empty-state";
import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { DOCUMENTS_PATH, hasDocumentFilters, type DocumentSearch } from "./document-search";

/** What to try when nothing matches, worded after what narrowed the search. */
export function DocumentSearchEmpty(props: { search: DocumentSearch; locale: Locale }) {
  const { search } = props;
  const words = getMessages(props.locale).documents.search.empty;
  return (
    <EmptyState
      filtered={hasDocumentFilters(search)}
      unfiltered={words.knowledgeBase}
      hints={[
        !!search.text && words.fewerWords,
        !!search.areaCode && words.widerArea,
        (search.kinds.length > 0 || search.statuses.length > 0 || search.year !== null) && words.uncheck,
      ]}
      clearHref={localeHref(props.locale, DOCUMENTS_PATH)}
      words={words}
    />
  );
}

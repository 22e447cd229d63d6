import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { DOCUMENTS_PATH, hasDocumentFilters, type DocumentSearch } from "./document-search";

/** What to try when nothing matches, worded after what narrowed the search. */
export function DocumentSearchEmpty(props: { search: DocumentSearch; locale: Locale }) {
  const { search } = props;
  const words = getMessages(props.locale).documents.search.empty;
  if (!hasDocumentFilters(search)) {
    return (
      <div className="empty-state">
        <p>{words.knowledgeBase}</p>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p>
        <strong>{words.noMatch}</strong>
      </p>
      <p id="podpowiedzi">{words.whatToDo}</p>
      <ul aria-labelledby="podpowiedzi">
        {search.text && <li>{words.fewerWords}</li>}
        {search.areaCode && <li>{words.widerArea}</li>}
        {(search.kinds.length > 0 || search.statuses.length > 0 || search.year !== null) && (
          <li>{words.uncheck}</li>
        )}
        <li>
          <a href={localeHref(props.locale, DOCUMENTS_PATH)}>{words.clearAll}</a> {words.startOver}
        </li>
      </ul>
    </div>
  );
}

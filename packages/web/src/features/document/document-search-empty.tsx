import { DOCUMENTS_PATH, hasDocumentFilters, type DocumentSearch } from "./document-search";

/** What to try when nothing matches, worded after what narrowed the search. */
export function DocumentSearchEmpty(props: { search: DocumentSearch }) {
  const { search } = props;
  if (!hasDocumentFilters(search)) {
    return (
      <div className="empty-state">
        <p>Baza wiedzy nie zawiera jeszcze żadnych dokumentów.</p>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p>
        <strong>Nie znaleźliśmy dokumentów, które spełniają wszystkie wybrane warunki.</strong>
      </p>
      <p id="podpowiedzi">Co możesz zrobić:</p>
      <ul aria-labelledby="podpowiedzi">
        {search.text && <li>wpisać mniej słów albo inne słowo o tym samym znaczeniu,</li>}
        {search.areaCode && <li>wybrać powiat zamiast gminy albo „wszystkie” w polu „Gmina lub powiat”,</li>}
        {(search.kinds.length > 0 || search.statuses.length > 0 || search.year !== null) && (
          <li>odznaczyć część rodzajów lub statusów albo wybrać dowolny rok,</li>
        )}
        <li>
          <a href={DOCUMENTS_PATH}>wyczyścić wszystkie filtry</a> i zacząć od nowa.
        </li>
      </ul>
    </div>
  );
}

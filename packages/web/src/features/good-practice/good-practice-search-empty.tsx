import {
  GOOD_PRACTICES_PATH,
  hasFilters,
  narrowedByChoice,
  type GoodPracticeSearch,
} from "./good-practice-search";

/** What to try when nothing matches, worded after what narrowed the search. */
export function GoodPracticeSearchEmpty(props: { search: GoodPracticeSearch }) {
  const { search } = props;
  if (!hasFilters(search)) {
    return (
      <div className="empty-state">
        <p>Baza wiedzy nie zawiera jeszcze żadnych dobrych praktyk.</p>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p>
        <strong>Nie znaleźliśmy dobrych praktyk, które spełniają wszystkie wybrane warunki.</strong>
      </p>
      <p id="podpowiedzi">Co możesz zrobić:</p>
      <ul aria-labelledby="podpowiedzi">
        {search.text && <li>wpisać mniej słów albo ogólniejsze słowo, np. „senior”, „mieszkanie”,</li>}
        {(search.place || search.areaCode) && (
          <li>wpisać nazwę powiatu zamiast gminy albo wyczyścić pole „Gmina lub powiat”,</li>
        )}
        {narrowedByChoice(search) && <li>odznaczyć część pól albo poszerzyć okres realizacji,</li>}
        <li>
          <a href={GOOD_PRACTICES_PATH}>wyczyścić wszystkie filtry</a> i zacząć od nowa.
        </li>
      </ul>
    </div>
  );
}

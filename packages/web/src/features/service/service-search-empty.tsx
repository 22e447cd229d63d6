import { hasFilters, narrowedByChoice, SERVICES_PATH, type ServiceSearch } from "./service-search";

/** What to try when nothing matches, worded after what narrowed the search. */
export function ServiceSearchEmpty(props: { search: ServiceSearch }) {
  const { search } = props;
  if (!hasFilters(search)) {
    return (
      <div className="empty-state">
        <p>Katalog nie zawiera jeszcze żadnych usług.</p>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p>
        <strong>Nie znaleźliśmy usług, które spełniają wszystkie wybrane warunki.</strong>
      </p>
      <p id="podpowiedzi">Co możesz zrobić:</p>
      <ul aria-labelledby="podpowiedzi">
        {search.text && (
          <li>wpisać mniej słów albo ogólniejsze słowo, np. rodzaj pomocy („opieka”, „posiłek”),</li>
        )}
        {(search.place || search.areaCode) && (
          <li>wpisać nazwę powiatu zamiast gminy albo wyczyścić pole „Gmina lub powiat”,</li>
        )}
        {narrowedByChoice(search) && <li>odznaczyć część pól w filtrach,</li>}
        <li>
          <a href={SERVICES_PATH}>wyczyścić wszystkie filtry</a> i zacząć od nowa.
        </li>
      </ul>
    </div>
  );
}

import {
  EMPTY_SITE_SEARCH,
  SEARCH_PATH,
  siteSearchFilter,
  siteSearchHref,
  type SiteSearch,
} from "./site-search";

/** What to try when nothing matches: the completions of the first word, then general tips. */
export function SearchEmpty(props: { search: SiteSearch; didYouMean: string[] }) {
  const { search, didYouMean } = props;
  return (
    <div className="empty-state">
      <p>
        <strong>Nie znaleźliśmy nic dla zapytania „{search.text}”.</strong>
      </p>
      {didYouMean.length > 0 && (
        <p className="search-did-you-mean">
          Czy chodziło Ci o:{" "}
          {didYouMean.map((label, index) => (
            <span key={label}>
              {index > 0 && ", "}
              <a href={siteSearchHref({ ...search, text: label, page: 1 })}>{label}</a>
            </span>
          ))}
          ?
        </p>
      )}
      <p id="wskazowki">Co możesz zrobić:</p>
      <ul aria-labelledby="wskazowki">
        <li>sprawdzić pisownię albo wpisać mniej słów,</li>
        <li>użyć ogólniejszego słowa, np. „opieka” zamiast „opiekunka”,</li>
        {search.types.length > 0 && <li>zaznaczyć więcej rodzajów wyników albo żaden,</li>}
        {siteSearchFilter(search) && (
          <li>
            <a href={siteSearchHref({ ...EMPTY_SITE_SEARCH, text: search.text, types: search.types })}>
              szukać bez zawężeń (miejsca, kategorii, grup, form prawnych i rodzajów dokumentów)
            </a>
            ,
          </li>
        )}
        <li>
          przejrzeć <a href="/uslugi">usługi społeczne</a>, <a href="/podmioty">podmioty</a> lub{" "}
          <a href="/dokumenty">dokumenty</a>,
        </li>
        <li>
          <a href={SEARCH_PATH}>zacząć od nowa</a>.
        </li>
      </ul>
    </div>
  );
}

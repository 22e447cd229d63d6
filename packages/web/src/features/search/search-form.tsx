import { SEARCH_PATH, SEARCH_TYPES, type SiteSearch } from "./site-search";

/**
 * The query and the kinds of hits in one GET form: it works without JavaScript, every search has a
 * shareable URL, and nothing changes until "Szukaj" is pressed (WCAG 3.2.2). Counts come from the
 * search over all kinds, so they stay true while a kind is filtered out.
 */
export function SearchForm(props: { search: SiteSearch; counts: { value: string; count: number }[] | null }) {
  const { search, counts } = props;
  return (
    <form className="search-form" method="get" action={SEARCH_PATH} role="search" aria-label="Wyszukiwanie">
      <div className="field">
        <label htmlFor="q">Czego szukasz?</label>
        <p className="hint" id="q-hint">
          Np. „opieka wytchnieniowa Łapy”, „spółdzielnia socjalna”, „mieszkania wspomagane”. Polskie litery
          nie są wymagane.
        </p>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={search.text}
          maxLength={200}
          aria-describedby="q-hint"
        />
      </div>
      <fieldset className="facet search-form__types">
        <legend>Pokaż tylko</legend>
        {SEARCH_TYPES.map(({ type, param, plural }) => {
          const id = `typ-${param}`;
          const count = counts?.find((facet) => facet.value === type)?.count;
          return (
            <div className="check" key={type}>
              <input
                type="checkbox"
                id={id}
                name="typ"
                value={param}
                defaultChecked={search.types.includes(type)}
              />
              <label htmlFor={id}>
                {plural}
                {count !== undefined && <span className="search-form__count"> ({count})</span>}
              </label>
            </div>
          );
        })}
      </fieldset>
      <button type="submit">Szukaj</button>
    </form>
  );
}

/**
 * The home page's own search: a plain GET form to /szukaj like the one in the header, with a name
 * of its own ("Czego szukasz?") so the two search landmarks and boxes are told apart.
 */
export function HomeSearchForm() {
  return (
    <form className="home-search" method="get" action="/szukaj" role="search" aria-labelledby="czego-szukasz">
      <label id="czego-szukasz" htmlFor="czego-szukasz-pole">
        Czego szukasz?
      </label>
      <p className="hint" id="czego-szukasz-podpowiedz">
        Wpisz, czego potrzebujesz i gdzie, np. „opieka wytchnieniowa Łapy”, „catering Sokółka”, „plan
        deinstytucjonalizacji Białystok”.
      </p>
      <div className="home-search__row">
        <input
          id="czego-szukasz-pole"
          name="q"
          type="search"
          maxLength={200}
          autoComplete="off"
          aria-describedby="czego-szukasz-podpowiedz"
        />
        <button type="submit">Szukaj</button>
      </div>
    </form>
  );
}

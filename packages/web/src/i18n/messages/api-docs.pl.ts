/**
 * The API documentation (/api, its changelog and its console) in Polish: the reference for the
 * English and Ukrainian ones, which are typed by it. Text between backticks is shown as code.
 */
export const apiDocsPl = {
  title: "API dla partnerów",
  description:
    "Otwarte API GraphQL Obserwatorium: co udostępnia, uwierzytelnianie, limity, stronicowanie, błędy, przykłady zapytań i konsola.",
  heading: "API dla partnerów",
  lead: "Wszystkie dane publiczne serwisu — podmioty ekonomii społecznej, certyfikaty, usługi społeczne, dokumenty, dobre praktyki, wydarzenia i wskaźniki — są dostępne przez jedno API GraphQL. Ta strona opisuje, jak z niego korzystać.",
  contentsLabel: "Spis treści",
  endpoint: {
    heading: "Adres i protokół",
    address: "Adres API:",
    text: "Zapytania wysyłaj metodą `POST` z treścią `application/json` (`query`, `variables`, `operationName`). Zapytania (nie mutacje) można też wysyłać metodą `GET` z nagłówkiem `apollo-require-preflight: true` — anonimowe odpowiedzi na nie są buforowane (`Cache-Control: max-age=60, public`). Schemat jest dostępny przez introspekcję; działa każdy klient GraphQL.",
    apq: "Obsługiwane są automatyczne zapytania utrwalone (APQ): wyślij sam skrót `extensions.persistedQuery.sha256Hash`, a po odpowiedzi `PERSISTED_QUERY_NOT_FOUND` — jeszcze raz razem z treścią zapytania.",
    cors: "Strony innych serwisów mogą wołać API z przeglądarki tylko z domen dopuszczonych przez operatora (`CORS_ORIGINS`); zapytania z serwera działają zawsze.",
    curlPost: "Wywołanie POST z wiersza poleceń",
    curlGet: "Wywołanie GET z wiersza poleceń",
    consoleLink: "Otwórz konsolę API (GraphiQL)",
  },
  auth: {
    heading: "Uwierzytelnianie",
    anonymous: "Bez uwierzytelniania API zwraca tylko dane opublikowane.",
    keys: "Systemy partnerów (urzędy, JST, serwisy) mogą dostać klucz API. Klucze wydają administratorzy ROPS w panelu (Klucze API) — poproś o klucz przez stronę kontaktu. Klucz ma postać `obsk_…` i jest pokazywany tylko raz, przy utworzeniu: zapisz go w bezpiecznym miejscu.",
    header: "Wysyłaj go w nagłówku `Authorization: Bearer obsk_…` (albo `X-API-Key: obsk_…`).",
    scopesIntro: "Zakresy klucza:",
    scopes: {
      READ_PUBLIC: "dane opublikowane, z własnym, większym limitem zapytań;",
      READ_DRAFTS: "także rekordy nieopublikowane (wersje robocze);",
      WRITE: "także zmiany (mutacje), w granicach roli osoby, która wydała klucz.",
    },
    invalid:
      "Nieprawidłowy, unieważniony lub wygasły klucz daje odpowiedź HTTP 401 z kodem `INVALID_API_KEY` — API nie traktuje takiego zapytania jako anonimowego.",
    contactLink: "Kontakt z ROPS",
  },
  paging: {
    heading: "Stronicowanie",
    text: "Każda lista stronicowana (connection) wymaga argumentu `first` od 1 do 100. Kolejną stronę pobierasz, podając `after` równe `pageInfo.endCursor` poprzedniej, dopóki `pageInfo.hasNextPage` jest `true`. Stronicowanie działa tylko do przodu; `totalCount` podaje liczbę wszystkich wyników.",
  },
  limits: {
    heading: "Limity",
    text: "Każde zapytanie jest mierzone przed wykonaniem. Zapytanie ponad limit dostaje odpowiedź HTTP 400 z jednym błędem i bez danych.",
    limitColumn: "Limit",
    valueColumn: "Wartość",
    codeColumn: "Kod błędu",
    cost: "Koszt zapytania",
    depth: "Głębokość zagnieżdżenia",
    aliases: "Liczba aliasów",
    costText:
      "Koszt to w przybliżeniu liczba obiektów, które może zawierać odpowiedź: każdy obiekt 1, lista mnoży swoje elementy przez rozmiar strony (`first`). Każda odpowiedź podaje koszt w `extensions.cost` (`requested`, `maximum`).",
    rateHeading: "Limit zapytań w czasie",
    rateText:
      "Każde zapytanie zużywa swój koszt z puli punktów na okno czasu: domyślnie 20 000 punktów na 60 sekund dla adresu IP bez klucza i 100 000 dla klucza API. Odpowiedzi mają nagłówki `RateLimit-Limit`, `RateLimit-Remaining` i `RateLimit-Reset` (sekundy). Po wyczerpaniu puli API odpowiada HTTP 429 z nagłówkiem `Retry-After` (sekundy) i kodem `RATE_LIMITED` — odczekaj tyle sekund.",
  },
  errors: {
    heading: "Błędy",
    text: "Błędy są w tablicy `errors`, z kodem w `extensions.code`:",
    codeColumn: "Kod",
    meaningColumn: "Znaczenie",
    codes: {
      BAD_USER_INPUT: "nieprawidłowy argument; `extensions.field` wskazuje pole (np. `first`);",
      UNAUTHENTICATED: "potrzebne zalogowanie lub klucz API;",
      FORBIDDEN: "brak uprawnień do tej operacji;",
      NOT_FOUND: "rekord nie istnieje albo nie jest widoczny;",
      CONFLICT: "zmiana sprzeczna ze stanem danych (np. równoległa edycja);",
      INVALID_API_KEY: "klucz nieprawidłowy, unieważniony lub wygasły (HTTP 401);",
      RATE_LIMITED: "wyczerpany limit zapytań (HTTP 429);",
      GRAPHQL_VALIDATION_FAILED: "zapytanie niezgodne ze schematem;",
      INTERNAL_SERVER_ERROR: "błąd serwera — szczegóły trafiają tylko do dziennika.",
    },
    userErrors:
      "Mutacje zwracają błędy danych jako typowane `userErrors { field message }`, po jednym na pole formularza.",
  },
  bulk: {
    heading: "Dane hurtowe i synchronizacja",
    openData:
      "Pełne rejestry jako pliki CSV i JSON na licencji CC BY 4.0, z katalogiem DCAT-AP do portali otwartych danych:",
    openDataLink: "Otwarte dane",
    catalogLink: "Katalog DCAT-AP (JSON-LD)",
    changes:
      "Synchronizacja przyrostowa: zacznij od plików, potem pytaj `changes(since)` o zmiany od ostatniego kursora (przykład poniżej) i pobieraj każdy zmieniony rekord przez `node(id)`, a rekordy `DELETED` usuwaj.",
    hsds: "Katalog usług w standardzie Open Referral HSDS 3:",
    federation:
      "API może też działać jako subgraf Apollo Federation 2 — włącza go operator serwisu na życzenie partnera.",
  },
  examples: {
    heading: "Przykłady",
    text: "Skopiuj zapytanie do swojego klienta albo do konsoli. Wyniki poniżej pochodzą z tego serwisu, pobrane przy wyświetleniu strony.",
    query: "Zapytanie",
    variables: "Zmienne",
    result: "Wynik",
    unavailable: "Nie udało się teraz pobrać wyniku — uruchom zapytanie w konsoli.",
    tryInConsole: "Uruchom w konsoli",
    official: {
      heading: "Dla urzędnika JST: dostawcy do zamówień prospołecznych",
      text: "Podmioty z aktywnym certyfikatem „Zakup Prospołeczny” i spółdzielnie socjalne w powiecie białostockim, z ich ofertą i danymi kontaktowymi.",
    },
    resident: {
      heading: "Dla mieszkańca lub serwisu gminy: usługi w gminie",
      text: "Usługi pomocy społecznej dostępne w Białymstoku: jak się zgłosić, jakie dokumenty przygotować i ile to kosztuje.",
    },
    partner: {
      heading: "Dla systemu partnera: synchronizacja zmian",
      text: "Pobieraj zmiany od ostatniego kursora (`since`), zapisuj `nextCursor` i powtarzaj, dopóki `hasMore` jest `true`. Pierwsze wywołanie bez `since` zaczyna od początku.",
      nodeText: "Potem pobierz aktualny stan każdego zmienionego rekordu po jego `recordId`:",
    },
  },
  changelog: {
    heading: "Zmiany w API",
    text: "Zmiany, które mogą zepsuć istniejące integracje, są zapowiadane i opisywane jako pierwsze.",
    link: "Historia zmian API",
    title: "Historia zmian API",
    description:
      "Historia zmian publicznego API GraphQL Obserwatorium: zmiany niezgodne wstecz, nowe pola i typy.",
    englishNote: "Historia zmian jest prowadzona po angielsku.",
    backLink: "Wróć do dokumentacji API",
  },
  console: {
    title: "Konsola API (GraphiQL)",
    description: "Konsola GraphiQL do zapytań do API Obserwatorium, z dokumentacją schematu.",
    heading: "Konsola API",
    lead: "Pisz i uruchamiaj zapytania do API tego serwisu. Dokumentację typów otwiera przycisk „Show Documentation Explorer”. Interfejs konsoli jest po angielsku.",
    editors: { query: "Zapytanie", variables: "Zmienne", headers: "Nagłówki", result: "Wynik" },
    loading: "Wczytywanie konsoli…",
    noScript: "Konsola wymaga JavaScriptu. Zapytania możesz wysyłać dowolnym klientem GraphQL na adres:",
    backLink: "Wróć do dokumentacji API",
  },
};

export type ApiDocsMessages = typeof apiDocsPl;

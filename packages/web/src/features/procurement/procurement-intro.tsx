import { SOCIAL_INTEGRATION_LEGAL_FORMS, SOCIAL_INTEGRATION_PES_TYPES } from "@obserwatorium/schema";
import { LEGAL_FORM_LABELS, PES_TYPE_LABELS } from "@/features/organization/labels";

/** Who may bid for an art. 94 contract by their kind: the shared list of the API's filter. */
const ART_94_KINDS = [
  ...SOCIAL_INTEGRATION_PES_TYPES.map((type) => PES_TYPE_LABELS[type]),
  ...SOCIAL_INTEGRATION_LEGAL_FORMS.map((form) => LEGAL_FORM_LABELS[form]),
];

/** What a JST official needs to know before buying from social-economy suppliers, in plain words. */
export function ProcurementIntro() {
  return (
    <section className="prose procurement-intro" aria-labelledby="jak-kupowac">
      <h2 id="jak-kupowac">Jak kupować od podmiotów ekonomii społecznej</h2>
      <p>
        Prawo zamówień publicznych (ustawa z 11 września 2019 r., w skrócie <abbr>Pzp</abbr>) pozwala urzędom,
        szkołom, ośrodkom pomocy społecznej i innym jednostkom samorządu terytorialnego (<abbr>JST</abbr>)
        kupować tak, by przy okazji dawać pracę osobom, którym najtrudniej ją znaleźć. Służą do tego trzy
        narzędzia.
      </p>

      <h3>Zamówienie zastrzeżone — art. 94 Pzp</h3>
      <p>
        W ogłoszeniu piszesz, że o zamówienie mogą się starać <strong>tylko</strong> wykonawcy, których
        głównym celem jest społeczna i zawodowa integracja osób zagrożonych wykluczeniem (np. osób z
        niepełnosprawnościami, długotrwale bezrobotnych). Przynajmniej 30% ich pracowników musi należeć do
        takich grup. Może to być dowolny zakup: dostawa, usługa lub robota budowlana.
      </p>
      <p id="art94-rodzaje">Z rodzaju działalności takie zamówienia mogą zwykle wykonywać:</p>
      <ul aria-labelledby="art94-rodzaje">
        {ART_94_KINDS.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      <p>Warunek 30% pracowników sprawdzasz w postępowaniu — w wyszukiwarce go nie weryfikujemy.</p>

      <h3>Zamówienie zastrzeżone — art. 361 Pzp</h3>
      <p>
        Dotyczy tylko niektórych usług zdrowotnych, społecznych i kulturalnych — tych, których kody CPV są na
        unijnej liście (np. 85312000-9, usługi opieki społecznej bez zakwaterowania). Startować mogą
        organizacje, które realizują misję publiczną, reinwestują zyski, a pracownicy mają udział we własności
        lub zarządzaniu. Umowa może trwać najwyżej 3 lata, a ten sam wykonawca nie mógł dostać od Ciebie
        takiego zamówienia w ostatnich 3 latach. Wyszukiwarka sprawdza tylko kody CPV w ofercie — pozostałe
        warunki sprawdzasz Ty.
      </p>

      <h3>Klauzule społeczne — art. 96 Pzp</h3>
      <p>
        W każdym zamówieniu możesz wymagać, by wykonawca przy jego realizacji zatrudnił osoby z grup
        zagrożonych wykluczeniem, np. bezrobotne lub z niepełnosprawnością. O zamówienie może wtedy starać się
        każdy, ale musi spełnić ten warunek.
      </p>

      <h3>Zakupy poniżej 130 000 zł netto</h3>
      <p>
        Do takich zakupów Pzp się nie stosuje. Ustawa o ekonomii społecznej z 5 sierpnia 2022 r. daje JST
        preferencję dla <strong>przedsiębiorstw społecznych</strong> (podmiotów, którym wojewoda nadał status
        PS): w uproszczonym trybie możesz ograniczyć zamówienie do takich wykonawców. Status PS widać przy
        każdym podmiocie w <a href="/podmioty?ps=tak">rejestrze</a>.
      </p>

      <h3>Znak „Zakup Prospołeczny”</h3>
      <p>
        To regionalny znak jakości przyznawany przez ROPS w Białymstoku na 12 miesięcy — za konkretne produkty
        i usługi, nie za całą działalność podmiotu. Pomaga wybrać sprawdzonego dostawcę.{" "}
        <a href="/zakup-prospoleczny">Więcej o znaku Zakup Prospołeczny</a>.
      </p>
      <p className="hint">
        To skrót, nie porada prawna. Przed ogłoszeniem zamówienia sprawdź aktualne brzmienie przepisów.
      </p>
    </section>
  );
}

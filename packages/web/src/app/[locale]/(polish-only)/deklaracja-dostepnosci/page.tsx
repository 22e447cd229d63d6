import type { Metadata } from "next";
import { openGraph } from "@/features/seo/open-graph";
import {
  ACCESSIBILITY_CONTACT,
  ACCESSIBILITY_STATEMENT,
  OPERATOR,
} from "@/features/site-info/site-info-data";
import { OrToFill, ToFill } from "@/features/site-info/to-fill";
import { siteUrl } from "@/lib/config";

// The statement names the site's public address (SITE_URL), known when the site runs, not at build.
export const dynamic = "force-dynamic";

const DESCRIPTION =
  "Deklaracja dostępności serwisu Obserwatorium Regionalnego Ośrodka Polityki Społecznej w Białymstoku: stan zgodności z ustawą o dostępności cyfrowej, kontakt i procedura wnioskowo-skargowa.";

export const metadata: Metadata = {
  title: "Deklaracja dostępności",
  description: DESCRIPTION,
  openGraph: openGraph("Deklaracja dostępności", DESCRIPTION),
};

const ACT =
  "ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych";

// Ids a11y-* follow the official template, so the state's monitoring can read the statement.
export default function AccessibilityStatementPage() {
  const url = siteUrl();
  const statement = ACCESSIBILITY_STATEMENT;
  const contact = ACCESSIBILITY_CONTACT;
  return (
    <div className="container site-info prose">
      <h1 id="a11y-deklaracja">Deklaracja dostępności</h1>
      <p id="a11y-wstep">
        <span id="a11y-podmiot">{OPERATOR.name}</span> zobowiązuje się zapewnić dostępność swojej strony
        internetowej zgodnie z {ACT}. Deklaracja dostępności dotyczy strony internetowej{" "}
        <a id="a11y-url" href={url}>
          Obserwatorium ({url})
        </a>
        .
      </p>

      <h2 id="a11y-daty">Daty publikacji i aktualizacji</h2>
      <ul>
        <li>
          Data publikacji strony internetowej:{" "}
          {statement.sitePublishedOn ? (
            <span id="a11y-data-publikacja">{statement.sitePublishedOn}</span>
          ) : (
            <ToFill>data publikacji (RRRR-MM-DD)</ToFill>
          )}
          .
        </li>
        <li>
          Data ostatniej istotnej aktualizacji:{" "}
          <span id="a11y-data-aktualizacja">{statement.siteUpdatedOn}</span>.
        </li>
      </ul>

      <h2 id="a11y-status">Status pod względem zgodności z ustawą</h2>
      <p>
        Strona internetowa jest <strong>częściowo zgodna</strong> z {ACT} z powodu niezgodności wymienionych
        poniżej. Serwis projektujemy i testujemy pod kątem WCAG 2.2 na poziomie AA, ale do czasu zewnętrznego
        audytu dostępności nie deklarujemy pełnej zgodności.
      </p>
      <h3>Niezgodności</h3>
      <ul>
        <li>
          Wersje serwisu w języku angielskim i ukraińskim są w przygotowaniu; obecnie serwis jest tylko po
          polsku.
        </li>
        <li>
          Mapa usług jest uproszczonym rysunkiem (SVG) z punktami usług; nie pokazuje wszystkich szczegółów
          terenu. Te same usługi są zawsze dostępne w widoku listy, a mapy wskaźników mają tabele z
          wartościami.
        </li>
        <li>
          Część plików PDF, w tym wszystkie dokumenty demonstracyjne, nie ma struktury znaczników. Tekst tych
          plików pokazujemy na stronie dokumentu, podzielony na strony. Skany bez warstwy tekstowej nie są
          dostępne dla czytników ekranu — na żądanie przygotujemy ich treść w dostępnej formie.
        </li>
        <li>
          Informacje o serwisie w tekście łatwym do czytania (ETR) i w polskim języku migowym są w
          przygotowaniu.
        </li>
      </ul>

      <h2 id="a11y-przygotowanie">Przygotowanie deklaracji dostępności</h2>
      <ul>
        <li>
          Data sporządzenia deklaracji: <span id="a11y-data-sporzadzenie">{statement.preparedOn}</span>.
        </li>
        <li>
          Data ostatniego przeglądu deklaracji: <span id="a11y-data-przeglad">{statement.reviewedOn}</span>.
        </li>
        <li>
          Deklarację sporządzono na podstawie <strong>samooceny</strong> przeprowadzonej przez podmiot
          publiczny, wspartej automatycznymi testami dostępności (biblioteka axe) uruchamianymi przy każdej
          zmianie serwisu na wszystkich głównych stronach.
        </li>
      </ul>

      <h2 id="a11y-kontakt">Informacje zwrotne i dane kontaktowe</h2>
      <p>
        Jeśli zauważysz problemy z dostępnością strony internetowej albo potrzebujesz informacji w innej,
        dostępnej formie, skontaktuj się z nami:
      </p>
      <ul>
        <li>
          osoba do kontaktu:{" "}
          <span id="a11y-osoba">
            <OrToFill value={contact.person} what="imię i nazwisko koordynatora dostępności" />
          </span>
          ,
        </li>
        <li>
          e-mail:{" "}
          <a id="a11y-email" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
          ,
        </li>
        <li>
          telefon:{" "}
          <span id="a11y-telefon">
            <OrToFill value={contact.phone} what="numer telefonu" />
          </span>
          .
        </li>
      </ul>
      <p>
        Tą samą drogą możesz złożyć wniosek o udostępnienie informacji niedostępnej oraz złożyć żądanie
        zapewnienia dostępności cyfrowej strony internetowej lub jej elementu.
      </p>

      <h2 id="a11y-procedura">Procedura wnioskowo-skargowa</h2>
      <p>
        Każdy ma prawo wystąpić z <strong>żądaniem zapewnienia dostępności cyfrowej</strong> strony
        internetowej lub jej elementu. Żądanie powinno zawierać:
      </p>
      <ul>
        <li>dane kontaktowe osoby występującej z żądaniem,</li>
        <li>wskazanie strony internetowej lub elementu strony, o które chodzi,</li>
        <li>
          wskazanie dogodnej formy udostępnienia informacji, jeśli żądanie dotyczy dostępu alternatywnego.
        </li>
      </ul>
      <p>
        Zrealizujemy żądanie niezwłocznie, <strong>nie później niż w ciągu 7 dni</strong> od dnia jego
        wystąpienia. Jeśli nie będzie to możliwe w tym terminie, niezwłocznie poinformujemy o tym, kiedy
        zrealizujemy żądanie — nie później niż w ciągu <strong>2 miesięcy</strong> od dnia wystąpienia z
        żądaniem. Jeśli zapewnienie dostępności cyfrowej nie będzie możliwe, możemy zaproponować alternatywny
        sposób dostępu do informacji.
      </p>
      <p>
        Jeśli odmówimy realizacji żądania, nie dotrzymamy terminu albo nie zgodzisz się na alternatywny sposób
        dostępu, możesz złożyć <strong>skargę</strong> w sprawie zapewnienia dostępności cyfrowej strony
        internetowej lub jej elementu. Skargę składa się do {OPERATOR.name}.
      </p>
      <p>
        Po wyczerpaniu tej procedury możesz złożyć wniosek do{" "}
        <a href="https://bip.brpo.gov.pl/" rel="noopener noreferrer external">
          Rzecznika Praw Obywatelskich
          <span className="visually-hidden"> (strona zewnętrzna)</span>
        </a>
        .
      </p>

      <h2 id="a11y-architektura">Dostępność architektoniczna</h2>
      <p>
        <ToFill>
          opis dostępności siedziby ROPS: wejście do budynku, windy, korytarze, miejsca parkingowe dla osób z
          niepełnosprawnościami, pętla indukcyjna, wstęp z psem asystującym, oznaczenia w alfabecie Braille’a
        </ToFill>
      </p>

      <h2 id="a11y-jezyk-migowy">Dostępność tłumacza języka migowego</h2>
      <p>
        Osoby uprawnione w rozumieniu ustawy z dnia 19 sierpnia 2011 r. o języku migowym i innych środkach
        komunikowania się mogą skorzystać z bezpłatnej pomocy tłumacza polskiego języka migowego (PJM),
        systemu językowo-migowego (SJM) lub sposobu komunikowania się osób głuchoniewidomych (SKOGN). Chęć
        skorzystania z tłumacza należy zgłosić co najmniej 3 dni robocze przed terminem wizyty, z wyjątkiem
        sytuacji nagłych, pisząc na adres <a href={`mailto:${contact.email}`}>{contact.email}</a>.
      </p>

      <h2 id="a11y-aplikacje">Aplikacje mobilne</h2>
      <p>{OPERATOR.name} nie udostępnia aplikacji mobilnych do tego serwisu.</p>
    </div>
  );
}

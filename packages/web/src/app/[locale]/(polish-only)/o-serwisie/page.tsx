import type { Metadata } from "next";
import { openGraph } from "@/features/seo/open-graph";
import { OPERATOR } from "@/features/site-info/site-info-data";

const DESCRIPTION =
  "Czym jest Obserwatorium polityki społecznej województwa podlaskiego, kto je prowadzi, jakie dane zawiera i na jakich zasadach je udostępnia.";

export const metadata: Metadata = {
  title: "O serwisie",
  description: DESCRIPTION,
  openGraph: openGraph("O serwisie", DESCRIPTION),
};

export default function AboutPage() {
  return (
    <div className="container site-info prose">
      <h1>O serwisie</h1>
      <p className="lead">
        Obserwatorium to serwis o polityce społecznej województwa podlaskiego. Zbiera w jednym miejscu
        informacje o usługach społecznych, podmiotach ekonomii społecznej, dokumentach, dobrych praktykach i
        wskaźnikach regionu.
      </p>

      <h2>Kto prowadzi serwis</h2>
      <p>
        Serwis prowadzi <strong>{OPERATOR.name}</strong> — regionalny ośrodek polityki społecznej samorządu
        województwa podlaskiego. Dane kontaktowe znajdziesz na stronie <a href="/kontakt">Kontakt</a>.
      </p>

      <h2>Co znajdziesz w serwisie</h2>
      <ul>
        <li>
          <a href="/uslugi">Usługi społeczne</a> — katalog usług, z których mogą skorzystać mieszkańcy: dla
          kogo są, ile kosztują, jak się zgłosić, gdzie i kiedy są świadczone.
        </li>
        <li>
          <a href="/podmioty">Podmioty ekonomii społecznej</a> — rejestr spółdzielni socjalnych, fundacji,
          stowarzyszeń, CIS, KIS, ZAZ, WTZ i innych podmiotów, z ich ofertą i statusem przedsiębiorstwa
          społecznego.
        </li>
        <li>
          <a href="/zakup-prospoleczny">Zakup Prospołeczny</a> — podmioty i produkty oznaczone znakiem „Zakup
          Prospołeczny”.
        </li>
        <li>
          <a href="/dokumenty">Dokumenty</a> — plany deinstytucjonalizacji, programy, strategie, oceny zasobów
          pomocy społecznej i raporty, z wyszukiwaniem w ich treści.
        </li>
        <li>
          <a href="/dobre-praktyki">Dobre praktyki</a> — opisy sprawdzonych rozwiązań z regionu.
        </li>
        <li>
          <a href="/dane">Dane i wskaźniki</a> — wskaźniki obserwatorium w powiatach i województwach, z danymi
          do pobrania w formacie CSV.
        </li>
      </ul>

      <h2>Dane demonstracyjne</h2>
      <div className="notice notice--demo">
        <p>
          Część rekordów jest oznaczona jako <strong>„dane demonstracyjne”</strong>. Przygotowaliśmy je, aby
          pokazać działanie serwisu: nie są to potwierdzone informacje o usługach, podmiotach, dokumentach ani
          wartościach wskaźników. Nie podejmuj na ich podstawie decyzji.
        </p>
      </div>
      <p>
        Dane, które nie są demonstracyjne, pochodzą od samorządów, jednostek pomocy społecznej i samych
        podmiotów. Przy każdym rekordzie podajemy datę ostatniej weryfikacji i jej źródło. Jeśli widzisz błąd,
        zgłoś go formularzem na stronie usługi albo napisz do nas.
      </p>

      <h2>Otwarte oprogramowanie i otwarte dane</h2>
      <p>
        Obserwatorium jest oprogramowaniem o otwartym kodzie źródłowym. Wszystkie publiczne dane są dostępne
        także przez otwarte API GraphQL, z którego mogą korzystać systemy partnerów, a wskaźniki można pobrać
        w formacie CSV. Wskaźniki udostępniamy na licencji Creative Commons Uznanie autorstwa 4.0 (CC BY 4.0).
      </p>

      <h2>Dostępność</h2>
      <p>
        Serwis projektujemy zgodnie z wymaganiami WCAG 2.2 na poziomie AA. Stan dostępności i sposób
        zgłaszania problemów opisuje <a href="/deklaracja-dostepnosci">deklaracja dostępności</a>.
      </p>
    </div>
  );
}

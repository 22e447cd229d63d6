import type { Metadata } from "next";
import { openGraph } from "@/features/seo/open-graph";
import { OPERATOR } from "@/features/site-info/site-info-data";
import { OrToFill } from "@/features/site-info/to-fill";

const DESCRIPTION =
  "Jak Obserwatorium przetwarza dane osobowe (RODO): administrator, cele, okres przechowywania, prawa osób, pliki cookies.";

export const metadata: Metadata = {
  title: "Polityka prywatności",
  description: DESCRIPTION,
  openGraph: openGraph("Polityka prywatności", DESCRIPTION),
};

export default function PrivacyPolicyPage() {
  return (
    <div className="container site-info prose">
      <h1>Polityka prywatności</h1>
      <p className="lead">
        Serwis możesz przeglądać anonimowo: nie zakładamy kont mieszkańcom, nie śledzimy odwiedzin i nie
        używamy narzędzi analitycznych ani reklamowych.
      </p>

      <h2>Administrator danych</h2>
      <p>
        Administratorem danych osobowych jest {OPERATOR.name},{" "}
        <OrToFill value={OPERATOR.postalAddress} what="adres siedziby" />, e-mail:{" "}
        <a href={`mailto:${OPERATOR.email}`}>{OPERATOR.email}</a>. We wszystkich sprawach dotyczących danych
        osobowych możesz napisać do inspektora ochrony danych:{" "}
        <a href={`mailto:${OPERATOR.dataProtectionOfficerEmail}`}>{OPERATOR.dataProtectionOfficerEmail}</a>.
      </p>

      <h2>Jakie dane, w jakim celu i na jakiej podstawie</h2>
      <ul>
        <li>
          <strong>Zgłoszenia nieaktualnych informacji.</strong> Gdy zgłaszasz, że informacje o usłudze są
          nieaktualne, przetwarzamy treść zgłoszenia i — jeśli go podasz — kontakt do Ciebie, aby sprawdzić i
          poprawić dane oraz w razie potrzeby odpowiedzieć. Podstawą jest wykonywanie zadania w interesie
          publicznym (art. 6 ust. 1 lit. e RODO). Podanie kontaktu jest dobrowolne. Aby chronić formularz
          przed nadużyciami, przez godzinę przechowujemy skrót (hash) adresu IP — nie sam adres.
        </li>
        <li>
          <strong>Konta redaktorów.</strong> Dla pracowników, którzy redagują dane, przetwarzamy imię i
          nazwisko, adres e-mail, rolę oraz dziennik zmian, które wprowadzili. Podstawą jest wykonywanie
          zadania w interesie publicznym i obowiązków pracodawcy (art. 6 ust. 1 lit. c i e RODO).
        </li>
        <li>
          <strong>Dane kontaktowe podmiotów i usług.</strong> Rejestr zawiera służbowe dane kontaktowe
          podmiotów i usługodawców (adres, telefon, e-mail), które publikujemy, aby mieszkańcy mogli z nich
          skorzystać (art. 6 ust. 1 lit. e RODO).
        </li>
      </ul>

      <h2>Jak długo przechowujemy dane</h2>
      <ul>
        <li>
          Zgłoszenia — do ich rozpatrzenia, a następnie przez okres wynikający z przepisów o archiwizacji.
        </li>
        <li>Skrót adresu IP z formularza zgłoszeń — godzinę.</li>
        <li>
          Konta redaktorów — przez czas pełnienia tej funkcji; dziennik zmian — tak długo, jak dane, których
          dotyczy, z uwagi na rozliczalność.
        </li>
      </ul>

      <h2>Twoje prawa</h2>
      <p>
        Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania oraz
        prawo wniesienia sprzeciwu wobec przetwarzania. Masz też prawo wnieść skargę do Prezesa Urzędu Ochrony
        Danych Osobowych (ul. Stawki 2, 00-193 Warszawa). Nie podejmujemy decyzji w sposób zautomatyzowany i
        nie profilujemy. Danych nie przekazujemy poza Europejski Obszar Gospodarczy.
      </p>

      <h2>Pliki cookies</h2>
      <p>
        Serwis używa <strong>jednego, technicznego</strong> pliku cookie: sesji zalogowanego redaktora (
        <code>obs_session</code>). Powstaje on tylko po zalogowaniu i jest niezbędny do pracy redakcji.
        Mieszkańcy przeglądający serwis nie dostają żadnych plików cookies. Nie używamy cookies analitycznych,
        reklamowych ani śledzących, dlatego nie prosimy o zgodę na nie.
      </p>
    </div>
  );
}

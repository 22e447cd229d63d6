import type { Metadata } from "next";
import { openGraph } from "@/features/seo/open-graph";
import { OPERATOR } from "@/features/site-info/site-info-data";
import { OrToFill } from "@/features/site-info/to-fill";
import { telephoneHref } from "@/lib/contact-links";

const DESCRIPTION =
  "Kontakt z redakcją Obserwatorium w Regionalnym Ośrodku Polityki Społecznej w Białymstoku: adres, e-mail, telefon i zgłaszanie błędów w danych.";

export const metadata: Metadata = {
  title: "Kontakt",
  description: DESCRIPTION,
  openGraph: openGraph("Kontakt", DESCRIPTION),
};

export default function ContactPage() {
  const phone = OPERATOR.phone ? telephoneHref(OPERATOR.phone) : null;
  return (
    <div className="container site-info prose">
      <h1>Kontakt</h1>
      <p className="lead">
        Serwis prowadzi {OPERATOR.name}. Napisz do nas, jeśli masz pytanie o dane, chcesz dodać lub poprawić
        informacje o swojej usłudze albo podmiocie, lub coś w serwisie nie działa.
      </p>

      <h2>Redakcja Obserwatorium</h2>
      <address>
        <p>
          {OPERATOR.name}
          <br />
          <OrToFill value={OPERATOR.postalAddress} what="adres pocztowy" />
        </p>
        <dl className="facts">
          <div>
            <dt>E-mail</dt>
            <dd>
              <a href={`mailto:${OPERATOR.email}`}>{OPERATOR.email}</a>
            </dd>
          </div>
          <div>
            <dt>Telefon</dt>
            <dd>
              {OPERATOR.phone && phone ? (
                <a href={phone}>{OPERATOR.phone}</a>
              ) : (
                <OrToFill value={null} what="numer telefonu" />
              )}
            </dd>
          </div>
        </dl>
      </address>

      <h2>Nieaktualne informacje o usłudze</h2>
      <p>
        Na stronie każdej usługi jest formularz „Zgłoś nieaktualne informacje”. To najszybsza droga:
        zgłoszenie trafia do redakcji razem z adresem usługi, a redakcja sprawdza dane u usługodawcy.
      </p>

      <h2>Dostępność serwisu</h2>
      <p>
        Jeśli nie możesz skorzystać z jakiejś części serwisu, skorzystaj z danych kontaktowych i procedury
        opisanych w <a href="/deklaracja-dostepnosci">deklaracji dostępności</a>.
      </p>

      <h2>Dane osobowe</h2>
      <p>
        Jak przetwarzamy dane osobowe, opisuje <a href="/polityka-prywatnosci">polityka prywatności</a>.
      </p>
    </div>
  );
}

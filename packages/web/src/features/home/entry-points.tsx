import { journeyHref, JOURNEYS } from "@/features/journeys/journeys";
import { pluralize } from "@/lib/polish-plural";

/** How many published records each section holds, from the connections' totalCount. */
export interface HubCounts {
  services: number;
  organizations: number;
  documents: number;
  goodPractices: number;
}

/** The three doors of the hub: residents, JST officials looking for suppliers, and knowledge. */
export function EntryPoints(props: { counts: HubCounts }) {
  const { counts } = props;
  return (
    <div className="entry-points">
      <section className="entry-point" aria-labelledby="znajdz-usluge">
        <h2 id="znajdz-usluge">Znajdź usługę</h2>
        <p>Dla mieszkańców: opieka, wsparcie rodziny, pomoc dla seniorów i osób z niepełnosprawnościami.</p>
        <ul className="entry-point__links">
          {JOURNEYS.map((journey) => (
            <li key={journey.slug}>
              <a href={journeyHref(journey)}>{journey.title}</a>
            </li>
          ))}
          <li>
            <a href="/uslugi">Wszystkie usługi społeczne</a>
          </li>
        </ul>
        <p className="entry-point__count">
          W katalogu: {pluralize(counts.services, { one: "usługa", few: "usługi", many: "usług" })}
        </p>
      </section>

      <section className="entry-point" aria-labelledby="znajdz-dostawce">
        <h2 id="znajdz-dostawce">Znajdź dostawcę — zakupy prospołeczne</h2>
        <p>
          Dla samorządów: spółdzielnie socjalne, fundacje, CIS, ZAZ i inne podmioty ekonomii społecznej, które
          mogą wykonać zamówienie.
        </p>
        <ul className="entry-point__links">
          <li>
            <a href="/podmioty">Rejestr podmiotów ekonomii społecznej</a>
          </li>
          <li>
            <a href="/zakup-prospoleczny">Dostawcy ze znakiem Zakup Prospołeczny</a>
          </li>
        </ul>
        <p className="entry-point__count">
          W rejestrze:{" "}
          {pluralize(counts.organizations, { one: "podmiot", few: "podmioty", many: "podmiotów" })}
        </p>
      </section>

      <section className="entry-point" aria-labelledby="wiedza">
        <h2 id="wiedza">Wiedza: dobre praktyki, dokumenty, dane</h2>
        <p>Co zadziałało w innych gminach, plany i programy regionu, wskaźniki obserwatorium.</p>
        <ul className="entry-point__links">
          <li>
            <a href="/dobre-praktyki">Dobre praktyki</a>
          </li>
          <li>
            <a href="/dokumenty">Dokumenty</a>
          </li>
          <li>
            <a href="/dane">Dane i wskaźniki</a>
          </li>
        </ul>
        <p className="entry-point__count">
          {pluralize(counts.goodPractices, {
            one: "dobra praktyka",
            few: "dobre praktyki",
            many: "dobrych praktyk",
          })}{" "}
          · {pluralize(counts.documents, { one: "dokument", few: "dokumenty", many: "dokumentów" })}
        </p>
      </section>
    </div>
  );
}

import { localizeJourney } from "@/features/journeys/journey-text";
import { journeyHref, JOURNEYS } from "@/features/journeys/journeys";
import { localeHref, type Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";

/** How many published records each section holds, from the connections' totalCount. */
export interface HubCounts {
  services: number;
  organizations: number;
  documents: number;
  goodPractices: number;
}

/** The three doors of the hub: residents, JST officials looking for suppliers, and knowledge. */
export function EntryPoints(props: { counts: HubCounts; locale: Locale; messages: Messages["home"] }) {
  const { counts, locale, messages } = props;
  const href = (path: string) => localeHref(locale, path);
  return (
    <div className="entry-points">
      <section className="entry-point" aria-labelledby="znajdz-usluge">
        <h2 id="znajdz-usluge">{messages.findService}</h2>
        <p>{messages.findServiceText}</p>
        <ul className="entry-point__links">
          {JOURNEYS.map((journey) => (
            <li key={journey.slug}>
              <a href={href(journeyHref(journey))}>{localizeJourney(journey, locale).title}</a>
            </li>
          ))}
          <li>
            <a href={href("/uslugi")}>{messages.allServices}</a>
          </li>
        </ul>
        <p className="entry-point__count">{messages.servicesCount(counts.services)}</p>
      </section>

      <section className="entry-point" aria-labelledby="znajdz-dostawce">
        <h2 id="znajdz-dostawce">{messages.findSupplier}</h2>
        <p>{messages.findSupplierText}</p>
        <ul className="entry-point__links">
          <li>
            <a href={href("/zakupy-prospoleczne")}>{messages.reservedContracts}</a>
          </li>
          <li>
            <a href={href("/podmioty")}>{messages.registry}</a>
          </li>
          <li>
            <a href={href("/zakup-prospoleczny")}>{messages.certifiedSuppliers}</a>
          </li>
        </ul>
        <p className="entry-point__count">{messages.organizationsCount(counts.organizations)}</p>
      </section>

      <section className="entry-point" aria-labelledby="wiedza">
        <h2 id="wiedza">{messages.knowledge}</h2>
        <p>{messages.knowledgeText}</p>
        <ul className="entry-point__links">
          <li>
            <a href={href("/dobre-praktyki")}>{messages.goodPractices}</a>
          </li>
          <li>
            <a href={href("/dokumenty")}>{messages.documents}</a>
          </li>
          <li>
            <a href={href("/dane")}>{messages.data}</a>
          </li>
        </ul>
        <p className="entry-point__count">
          {messages.knowledgeCount(counts.goodPractices, counts.documents)}
        </p>
      </section>
    </div>
  );
}

import type { RawSearchParams } from "@/lib/search-params";
import { pluralize } from "@/lib/polish-plural";
import { listDate } from "./procurement-format";
import { filtersSummary } from "./procurement-filters-summary";
import { parseProcurementSearch, procurementHref } from "./procurement-search";
import { findAllSuppliers, withPlace } from "./procurement-suppliers";
import { SupplierItem } from "./supplier-item";
import "./procurement.css";

export const procurementPrintMetadata = {
  title: "Lista dostawców do wydruku — zakupy prospołeczne",
  description: "Lista dostawców z danymi kontaktowymi, z datą i użytymi filtrami, przygotowana do wydruku.",
  robots: { index: false },
};

/** /zakupy-prospoleczne/lista: the whole result list with contacts, the date and the filters used. */
export async function ProcurementPrintPage(props: { searchParams: Promise<RawSearchParams> }) {
  const { search, resolution, placeError } = await withPlace(
    parseProcurementSearch(await props.searchParams),
  );
  const found = placeError ? null : await findAllSuppliers(search);
  const filters = filtersSummary(search, resolution);
  return (
    <div className="container procurement-print">
      <h1>Lista dostawców — zakupy prospołeczne</h1>
      <p className="procurement-print__back">
        <a href={procurementHref({ ...search, page: 1 })}>Wróć do wyszukiwarki</a>
      </p>
      <dl className="procurement-print__facts">
        <dt>Data sporządzenia listy</dt>
        <dd>{listDate(new Date())}</dd>
        <dt>Użyte filtry</dt>
        <dd>
          {filters.length === 0 ? (
            "brak — wszystkie podmioty rejestru"
          ) : (
            <ul>
              {filters.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Źródło</dt>
        <dd>Rejestr podmiotów ekonomii społecznej Obserwatorium (ROPS w Białymstoku)</dd>
      </dl>
      {placeError && (
        <p className="error-summary" role="alert">
          {placeError}
        </p>
      )}
      {found?.invalid && (
        <p className="error-summary" role="alert">
          Nieprawidłowe wyszukiwanie: {found.invalid.message}
        </p>
      )}
      {found && !found.invalid && (
        <>
          <p className="results-count">
            {`Na liście: ${pluralize(found.suppliers.length, { one: "dostawca", few: "dostawców", many: "dostawców" })}`}
          </p>
          <ol className="supplier-list supplier-list--print">
            {found.suppliers.map((supplier) => (
              <li key={supplier.id}>
                <SupplierItem supplier={supplier} headingLevel={2} />
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="hint">
        Warunków zamówień zastrzeżonych innych niż rodzaj podmiotu i kody CPV (np. 30% pracowników z grup
        zagrożonych wykluczeniem) rejestr nie weryfikuje.
      </p>
    </div>
  );
}

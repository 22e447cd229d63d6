import { ErrorSummary } from "@/components/error-summary";
import { Pagination } from "@/components/pagination";
import { ResultsAnnouncer } from "@/features/navigation/results-announcer";
import {
  RESULTS_SUMMARY_ID,
  resultsAnnouncement,
  SEARCH_ERROR_ID,
} from "@/features/navigation/results-announcement";
import { getMessages } from "@/i18n/messages";
import { pageCount } from "@/lib/pagination";
import { pluralize } from "@/lib/polish-plural";
import type { RawSearchParams } from "@/lib/search-params";
import { ProcurementForm } from "./procurement-form";
import { ProcurementIntro } from "./procurement-intro";
import {
  PAGE_SIZE,
  parseProcurementSearch,
  PROCUREMENT_CSV_PATH,
  PROCUREMENT_PRINT_PATH,
  procurementHref,
} from "./procurement-search";
import { findSuppliers, withPlace } from "./procurement-suppliers";
import { SupplierItem } from "./supplier-item";
import "./procurement.css";

const SUPPLIERS = { one: "dostawcę", few: "dostawców", many: "dostawców" };
const INVALID = "Nieprawidłowe wyszukiwanie:";

export const procurementMetadata = {
  title: "Zakupy prospołeczne — zamówienia zastrzeżone i wyszukiwarka dostawców",
  description:
    "Jak kupować od podmiotów ekonomii społecznej: zamówienia zastrzeżone (art. 94 i 361 Pzp), klauzule społeczne, zakupy poniżej 130 000 zł i znak Zakup Prospołeczny. Wyszukiwarka dostawców z eksportem do CSV.",
};

/** /zakupy-prospoleczne: the explanation for JST officials, then the supplier search. */
export async function ProcurementPage(props: { searchParams: Promise<RawSearchParams> }) {
  const { search, resolution, placeError } = await withPlace(
    parseProcurementSearch(await props.searchParams),
  );
  const found = placeError ? null : await findSuppliers(search);
  const pages = found ? pageCount(found.totalCount, PAGE_SIZE) : 1;
  // A place that names nothing in the region is summed up with the API's refusals.
  const problem = placeError ?? (found?.invalid ? `${INVALID} ${found.invalid.message}` : null);
  return (
    <div className="container">
      <h1>Zakupy prospołeczne</h1>
      <p className="lead">
        Kupując od podmiotów ekonomii społecznej, gmina lub powiat dostaje usługę albo produkt, a przy okazji
        daje pracę osobom, którym najtrudniej ją znaleźć. Poniżej wyjaśniamy, jak to zrobić zgodnie z prawem,
        i pomagamy znaleźć dostawców.
      </p>
      <p className="skip-to-results">
        <a href="#szukaj-dostawcow">Przejdź do wyszukiwarki dostawców</a>
      </p>
      <ProcurementIntro />
      <ProcurementForm
        search={search}
        resolution={resolution}
        placeError={placeError}
        invalid={found?.invalid ?? null}
      />
      <section className="procurement-results" aria-labelledby="wyniki">
        <h2 id="wyniki">Dostawcy</h2>
        <ResultsAnnouncer
          focusId={problem ? SEARCH_ERROR_ID : RESULTS_SUMMARY_ID}
          message={
            problem ??
            resultsAnnouncement({
              total: found?.totalCount ?? 0,
              page: search.page,
              pages,
              noun: SUPPLIERS,
            })
          }
        />
        {placeError && <ErrorSummary id={SEARCH_ERROR_ID} message={placeError} field="gdzie" />}
        {found?.invalid && (
          <ErrorSummary
            id={SEARCH_ERROR_ID}
            title={INVALID}
            message={found.invalid.message}
            field={found.invalid.field}
          />
        )}
        {found && !found.invalid && (
          <>
            <p className="results-count" id={RESULTS_SUMMARY_ID} tabIndex={-1}>
              {`Znaleziono ${pluralize(found.totalCount, SUPPLIERS)}`}
              {pages > 1 && search.page <= pages && ` · strona ${search.page} z ${pages}`}
            </p>
            {found.totalCount > 0 && (
              <ul className="procurement-exports" aria-label="Cała lista wyników">
                <li>
                  <a href={procurementHref(search, 1, PROCUREMENT_CSV_PATH)} download>
                    Pobierz listę jako CSV (do arkusza kalkulacyjnego)
                  </a>
                </li>
                <li>
                  <a href={procurementHref(search, 1, PROCUREMENT_PRINT_PATH)}>
                    Lista do wydruku z danymi kontaktowymi
                  </a>
                </li>
              </ul>
            )}
            {found.totalCount === 0 && (
              <p className="empty-state">
                Nie znaleźliśmy dostawców, którzy spełniają wszystkie warunki. Spróbuj krótszego kodu CPV,
                większego obszaru albo <a href="/zakupy-prospoleczne">wyczyść formularz</a>.
              </p>
            )}
            {found.totalCount > 0 && found.suppliers.length === 0 && (
              <p className="empty-state">
                Nie ma strony {search.page}. <a href={procurementHref(search)}>Przejdź do pierwszej strony</a>
              </p>
            )}
            {found.suppliers.length > 0 && (
              <ul className="supplier-list">
                {found.suppliers.map((supplier) => (
                  <li key={supplier.id}>
                    <SupplierItem supplier={supplier} />
                  </li>
                ))}
              </ul>
            )}
            {search.page <= pages && (
              <Pagination
                page={search.page}
                pages={pages}
                hrefFor={(page) => procurementHref(search, page)}
                words={getMessages("pl").pagination}
              />
            )}
          </>
        )}
      </section>
    </div>
  );
}

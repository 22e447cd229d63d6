import type { Metadata } from "next";
import { ButtonLink } from "@/components/button";
import { getMessages } from "@/i18n/messages";
import { importIndicatorValuesAction } from "@/features/panel/content/indicator/indicator-import-action";
import { IndicatorCsvField } from "@/features/panel/content/indicator/indicator-csv-field";
import { loadPanelIndicators } from "@/features/panel/content/indicator/panel-indicators-load";
import { PanelForm } from "@/features/panel/forms/panel-form";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import "@/features/panel/records/records.css";

export const metadata: Metadata = { title: "Wskaźniki" };

export default async function IndicatorsPanelPage() {
  const user = await requirePanelUser("/panel/wskazniki");
  if (!isStaff(user)) return <AccessDenied title="Wskaźniki — brak dostępu" />;
  const indicators = await loadPanelIndicators();
  return (
    <>
      <h1>Wskaźniki</h1>
      <p>
        Wskaźniki programów (WPRES, RPDI, OZPS, KPRES) i ich wartości dla jednostek TERYT. Wartości wpiszesz
        pojedynczo na stronie wskaźnika albo wczytasz wiele naraz z pliku CSV.
      </p>
      <p>
        <ButtonLink href="/panel/wskazniki/nowy">Nowy wskaźnik</ButtonLink>
      </p>

      <section aria-labelledby="import">
        <h2 id="import">Import wartości z pliku CSV</h2>
        <p>
          Najpierw sprawdzamy cały plik: jeśli którykolwiek wiersz ma błąd, nie zapisujemy niczego i
          pokazujemy listę błędów z numerami wierszy. Wiersz z tym samym wskaźnikiem, jednostką i rokiem
          zastępuje zapisaną wartość, więc ten sam plik można wczytać ponownie bez skutków ubocznych.
        </p>
        <PanelForm
          action={importIndicatorValuesAction}
          submitLabel="Importuj wartości"
          labels={{ csv: "Plik CSV" }}
          errorTitle="Nie zaimportowano — nic nie zapisano."
        >
          <IndicatorCsvField />
        </PanelForm>
      </section>

      <section aria-labelledby="definicje">
        <h2 id="definicje">Definicje wskaźników</h2>
        <div className="record-table-scroll">
          <table className="record-table">
            <caption>Wskaźniki obserwatorium ({indicators.length})</caption>
            <thead>
              <tr>
                <th scope="col">Nazwa</th>
                <th scope="col">Kod</th>
                <th scope="col">Program</th>
                <th scope="col">Jednostka miary</th>
                <th scope="col">Ostatni rok z wartością</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => (
                <tr key={indicator.code}>
                  <th scope="row">
                    <a href={`/panel/wskazniki/${encodeURIComponent(indicator.code)}`}>{indicator.name}</a>
                    {indicator.isDemo && " (demonstracyjny)"}
                  </th>
                  <td>
                    <code>{indicator.code}</code>
                  </td>
                  <td>{getMessages("pl").data.facts.programmes[indicator.programme]}</td>
                  <td>{indicator.unit}</td>
                  <td>{indicator.latestYear ?? "brak wartości"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

import type { Metadata } from "next";
import { ImportColumnsTable } from "@/features/panel/import/import-columns-table";
import { IMPORT_KIND_INFO, IMPORT_KINDS, importKindOf } from "@/features/panel/import/import-kinds";
import { ImportWorkspace } from "@/features/panel/import/import-workspace";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import "@/features/panel/import/import.css";

export const metadata: Metadata = { title: "Import CSV" };

export default async function ImportPage(props: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const kind = importKindOf((await props.searchParams).rodzaj);
  const user = await requirePanelUser(`/panel/import?rodzaj=${kind}`);
  if (!isStaff(user)) return <AccessDenied title="Import CSV" />;
  const info = IMPORT_KIND_INFO[kind];
  return (
    <>
      <h1>Import CSV</h1>
      <p>
        Import dodaje wiele rekordów naraz z pliku CSV. Najpierw sprawdź plik — zobaczysz błędy w wierszach i
        to, co powstanie lub się zmieni — a dopiero potem go zaimportuj.
      </p>
      <nav aria-label="Co importujesz" className="import-kinds">
        <ul>
          {IMPORT_KINDS.map((item) => (
            <li key={item}>
              <a href={`/panel/import?rodzaj=${item}`} aria-current={item === kind ? "page" : undefined}>
                {IMPORT_KIND_INFO[item].label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2>Import {info.genitive}: szablon</h2>
      <p>
        <a href={`/panel/import/szablon/${kind}`} download>
          Pobierz szablon importu {info.genitive} (CSV)
        </a>
      </p>
      <ul>
        <li>Pierwszy wiersz to nagłówek z nazwami kolumn; kolejność kolumn jest dowolna.</li>
        <li>
          Plik w kodowaniu UTF-8, kolumny rozdzielone średnikiem lub przecinkiem, najwyżej 1000 wierszy.
        </li>
        <li>Kilka wartości w jednej komórce rozdziela się znakiem „|”, np. ON_SITE|REMOTE.</li>
        <li>Numery wierszy w raporcie błędów liczą się od nagłówka (wiersz 1).</li>
        <li>
          Ten sam plik zaimportowany drugi raz niczego nie zmienia: rekordy rozpoznane po kluczu są
          aktualizowane, nie dublowane.
        </li>
      </ul>
      <ImportWorkspace key={kind} kind={kind} />
      <section aria-labelledby="kolumny">
        <h2 id="kolumny">Kolumny pliku</h2>
        <ImportColumnsTable columns={info.columns} caption={`Kolumny importu ${info.genitive}`} />
      </section>
    </>
  );
}

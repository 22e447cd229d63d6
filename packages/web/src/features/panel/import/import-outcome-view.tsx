import type { RefObject } from "react";
import type { ImportKindInfo } from "./import-kinds";
import { ImportLinesTable, ImportProblemsTable, linesCount } from "./import-results";
import { importCounts, type ImportState } from "./import-state";

/** The answer of the last step: what a dry run found, what an import wrote, or why neither ran. */
export function ImportOutcomeView(props: {
  state: ImportState;
  info: ImportKindInfo;
  summaryRef: RefObject<HTMLDivElement | null>;
}) {
  const { state, info, summaryRef } = props;
  const counts = importCounts(state.lines);
  const breakdown = `do utworzenia: ${counts.CREATED}, do zmiany: ${counts.UPDATED}, bez zmian: ${counts.UNCHANGED}`;

  if (state.status === "failed") {
    return (
      <div className="error-summary" role="alert" ref={summaryRef} tabIndex={-1}>
        <p>{state.failure}</p>
      </div>
    );
  }
  if (state.status === "rejected") {
    return (
      <section aria-labelledby="wynik-importu">
        <h2 id="wynik-importu">Wynik sprawdzenia</h2>
        <div className="error-summary" role="alert" ref={summaryRef} tabIndex={-1}>
          <p>
            <strong>Plik ma błędy ({state.problems.length}) — nic nie zapisano.</strong> Popraw wskazane
            wiersze i sprawdź plik ponownie.
          </p>
        </div>
        <ImportProblemsTable problems={state.problems} />
      </section>
    );
  }
  if (state.status === "checked") {
    return (
      <section aria-labelledby="wynik-importu">
        <h2 id="wynik-importu">Wynik sprawdzenia</h2>
        <div className="notice notice--success" role="status" ref={summaryRef} tabIndex={-1}>
          <p>
            <strong>Plik jest poprawny: {linesCount(state.lines.length)} bez błędów</strong> ({breakdown}).
            Nic jeszcze nie zapisano.
          </p>
        </div>
        <ImportLinesTable lines={state.lines} applied={false} caption={`Co zrobi import ${info.genitive}`} />
      </section>
    );
  }
  if (state.status === "applied") {
    return (
      <section aria-labelledby="wynik-importu">
        <h2 id="wynik-importu">Wynik importu</h2>
        <div className="notice notice--success" role="status" ref={summaryRef} tabIndex={-1}>
          <p>
            <strong>
              Zaimportowano {linesCount(state.lines.length)}: utworzono {counts.CREATED}, zmieniono{" "}
              {counts.UPDATED}, bez zmian {counts.UNCHANGED}.
            </strong>
          </p>
          <p>{info.createdAs}</p>
        </div>
        <ImportLinesTable
          lines={state.lines}
          applied
          caption={`Zaimportowane rekordy (${info.label.toLowerCase()})`}
        />
      </section>
    );
  }
  return null;
}

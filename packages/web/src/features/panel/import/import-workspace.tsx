"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { FormField } from "@/components/form-field";
import { fieldId } from "../forms/form-state";
import { runImportStep } from "./import-action";
import { IMPORT_KIND_INFO, type ImportKind } from "./import-kinds";
import { ImportOutcomeView } from "./import-outcome-view";
import { idleImportState } from "./import-state";
import { linesCount } from "./import-results";

const FIELD_LABELS = { file: "Plik CSV", csv: "Treść pliku CSV" } as const;

function CheckButton(props: { disabled: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button" disabled={props.disabled}>
      {pending ? "Sprawdzanie…" : "Sprawdź plik (nic nie zapisuje)"}
    </button>
  );
}

/** The apply button and, while the API writes, a progress bar and its words for screen readers. */
function ApplyButton(props: { lineCount: number; disabled: boolean }) {
  const { pending } = useFormStatus();
  return (
    <>
      <button type="submit" className="button" disabled={props.disabled}>
        Zaimportuj {linesCount(props.lineCount)}
      </button>
      {pending && <progress className="import-progress" aria-label="Postęp importu" />}
      <p role="status" className="import-progress__text">
        {pending ? `Importowanie… ${linesCount(props.lineCount)}` : ""}
      </p>
    </>
  );
}

/**
 * Step 1 sends the file (or the pasted text) for a dry run; step 2, offered only after a dry run
 * without problems, sends the same checked text back to be written. Without JavaScript both forms
 * post to the same server action.
 */
export function ImportWorkspace(props: { kind: ImportKind }) {
  const info = IMPORT_KIND_INFO[props.kind];
  const [state, dispatch, pending] = useActionState(runImportStep, idleImportState(props.kind));
  const [running, setRunning] = useState<"check" | "apply" | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status !== "idle") summary.current?.focus();
  }, [state]);

  const changesSomething = state.lines.some((line) => line.action !== "UNCHANGED");
  const fieldErrors = Object.entries(state.fieldErrors) as [keyof typeof FIELD_LABELS, string][];
  return (
    <>
      <section aria-labelledby="krok-sprawdz">
        <h2 id="krok-sprawdz">Krok 1. Sprawdź plik</h2>
        <p>
          Sprawdzenie pokazuje błędy w poszczególnych wierszach i to, co import utworzy lub zmieni. Niczego
          nie zapisuje.
        </p>
        <form
          className="panel-form"
          action={dispatch}
          onSubmit={() => setRunning("check")}
          aria-busy={pending && running === "check"}
          noValidate
        >
          {fieldErrors.length > 0 && (
            <div className="error-summary" role="alert" ref={summary} tabIndex={-1}>
              <p>
                <strong>Nie sprawdzono pliku.</strong>
              </p>
              <ul>
                {fieldErrors.map(([name, message]) => (
                  <li key={name}>
                    <a href={`#${fieldId(name)}`}>
                      {FIELD_LABELS[name]}: {message}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <input type="hidden" name="kind" value={props.kind} />
          <input type="hidden" name="intent" value="check" />
          <FormField
            id={fieldId("file")}
            label={FIELD_LABELS.file}
            hint="Plik .csv w kodowaniu UTF-8, najwyżej 1 MB; kolumny rozdzielone średnikiem lub przecinkiem."
            error={state.fieldErrors.file}
          >
            {(control) => <input {...control} type="file" name="file" accept=".csv,text/csv" />}
          </FormField>
          <FormField
            id={fieldId("csv")}
            label={FIELD_LABELS.csv}
            hint="Zamiast pliku możesz wkleić jego treść razem z wierszem nagłówka. Gdy wybrano plik, to pole jest pomijane."
            error={state.fieldErrors.csv}
          >
            {(control) => (
              <textarea
                {...control}
                key={state.pasted}
                name="csv"
                rows={8}
                defaultValue={state.pasted}
                spellCheck={false}
              />
            )}
          </FormField>
          <div className="panel-form__actions">
            <CheckButton disabled={pending} />
          </div>
        </form>
      </section>

      {state.status !== "idle" && fieldErrors.length === 0 && (
        <ImportOutcomeView state={state} info={info} summaryRef={summary} />
      )}

      {state.status === "checked" && state.csv && !changesSomething && (
        <p className="notice">
          Plik nie wnosi żadnych zmian: wszystkie wiersze są już w rejestrze. Nie ma czego importować.
        </p>
      )}

      {state.status === "checked" && state.csv && changesSomething && (
        <section aria-labelledby="krok-importuj">
          <h2 id="krok-importuj">Krok 2. Zaimportuj</h2>
          <p>
            Import zapisze wszystkie wiersze w jednej transakcji: albo wszystkie, albo żaden. {info.createdAs}
          </p>
          <form
            action={dispatch}
            onSubmit={() => setRunning("apply")}
            aria-busy={pending && running === "apply"}
            className="import-apply"
          >
            <input type="hidden" name="kind" value={props.kind} />
            <input type="hidden" name="intent" value="apply" />
            <input type="hidden" name="checkedCsv" value={state.csv} />
            <ApplyButton lineCount={state.lines.length} disabled={pending} />
          </form>
        </section>
      )}
    </>
  );
}

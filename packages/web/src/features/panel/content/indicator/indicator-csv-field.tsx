"use client";

import { FormField } from "@/components/form-field";
import { fieldId } from "../../forms/form-state";
import { usePanelFormState } from "../../forms/panel-form";

/** The CSV file of indicator values; the API's verdict on it is shown here and listed above. */
export function IndicatorCsvField() {
  const state = usePanelFormState();
  return (
    <FormField
      id={fieldId("csv")}
      label="Plik CSV (wymagane)"
      hint="Kolumny: wskaznik, kod_teryt, rok, wartosc (opcjonalnie wartosc_bazowa, wartosc_docelowa, zrodlo, uwagi); separator ; lub ,; kodowanie UTF-8."
      error={state.fieldErrors.csv ?? null}
    >
      {(control) => <input {...control} type="file" name="csv" accept=".csv,text/csv" />}
    </FormField>
  );
}

"use client";

import { FormField } from "@/components/form-field";
import { fieldId } from "../../forms/form-state";
import { usePanelFormState } from "../../forms/panel-form";

/** The PDF to send; the API's refusal (not a PDF, too large, a duplicate) is shown here. */
export function DocumentFileField() {
  const state = usePanelFormState();
  return (
    <FormField
      id={fieldId("file")}
      label="Plik PDF (wymagane)"
      hint="Jeden plik PDF. Z pliku z warstwą tekstową odczytamy treść do wyszukiwarki; skany trafią do kolejki dokumentów bez tekstu."
      error={state.fieldErrors.file ?? null}
    >
      {(control) => <input {...control} type="file" name="file" accept="application/pdf,.pdf" />}
    </FormField>
  );
}

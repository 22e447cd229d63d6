"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { panelPayload } from "@/lib/panel/panel-client";
import { failedFormState, formValues, savedFormState, type PanelFormState } from "../../forms/form-state";
import { refusedBeforeSending, refusedByApi } from "../../records/form-answers";
import { postedId, saveRecord } from "../../records/save-record";
import { contentUserErrors } from "../shared/content-messages";
import { INDICATOR_FORM_LABELS, INDICATOR_VALUE_FORM_LABELS } from "./indicator-fields";
import { indicatorInputFromForm, indicatorValueInputFromForm, VALUE_PREFIX } from "./indicator-form-values";
import {
  CreatePanelIndicator,
  DeletePanelIndicatorValue,
  SetPanelIndicatorValue,
  UpdatePanelIndicator,
} from "./indicator-queries";

const LIST_PATH = "/panel/wskazniki";
const recordPath = (code: string) => `${LIST_PATH}/${encodeURIComponent(code)}`;

/** Defines a new indicator (no `id` posted) or replaces the definition of the one whose code is posted. */
export async function saveIndicatorAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const existingCode = postedId(formData);
  const values = formValues(formData);
  const converted = indicatorInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  const { code, input } = converted.input;
  return saveRecord({
    id: existingCode,
    values,
    listPath: LIST_PATH,
    write: () =>
      existingCode
        ? panelPayload(UpdatePanelIndicator, { code: existingCode, input }, "updateIndicator")
        : panelPayload(CreatePanelIndicator, { code, input }, "createIndicator"),
    savedId: (payload) => payload.indicator?.code,
    refused: (payload) =>
      refusedByApi(values, contentUserErrors(payload.userErrors), Object.keys(INDICATOR_FORM_LABELS)),
  });
}

/** Stores one value of the indicator, replacing the one for the same unit and year. */
export async function setIndicatorValueAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const values = formValues(formData);
  const converted = indicatorValueInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  const input = converted.input;
  let payload;
  try {
    payload = await panelPayload(SetPanelIndicatorValue, { input }, "setIndicatorValue");
  } catch (error) {
    console.error(`Saving a value of ${input.indicatorCode} failed`, error);
    return failedFormState(values, "Nie udało się zapisać — spróbuj ponownie za chwilę.");
  }
  if (payload.userErrors.length) {
    // The API names the input's fields; this form's carry the value prefix.
    const errors = contentUserErrors(payload.userErrors, (path) => ["input", VALUE_PREFIX, ...path.slice(1)]);
    return refusedByApi(values, errors, Object.keys(INDICATOR_VALUE_FORM_LABELS));
  }
  revalidatePath(recordPath(input.indicatorCode));
  revalidatePath(LIST_PATH);
  return savedFormState(`Zapisano wartość za ${input.year} r. dla jednostki ${input.territorialUnitCode}.`);
}

const posted = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim();

/** Deletes one stored value and goes back to the indicator's values with a confirmation. */
export async function deleteIndicatorValueAction(formData: FormData): Promise<void> {
  const indicatorCode = posted(formData, "indicatorCode");
  const territorialUnitCode = posted(formData, "territorialUnitCode");
  const year = Number(posted(formData, "year"));
  const back = `${recordPath(indicatorCode)}?jednostka=${encodeURIComponent(territorialUnitCode)}`;
  let outcome = "blad";
  try {
    const payload = await panelPayload(
      DeletePanelIndicatorValue,
      { indicatorCode, territorialUnitCode, year },
      "deleteIndicatorValue",
    );
    if (payload.userErrors.length === 0) outcome = payload.deleted ? String(year) : "brak";
  } catch (error) {
    console.error(`Deleting a value of ${indicatorCode} failed`, error);
  }
  revalidatePath(recordPath(indicatorCode));
  revalidatePath(LIST_PATH);
  redirect(`${back}&usunieto=${outcome}#wartosci`);
}

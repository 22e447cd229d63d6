"use server";

import { revalidatePath } from "next/cache";
import { panelPayload } from "@/lib/panel/panel-client";
import { failedFormState, savedFormState, type PanelFormState } from "../../forms/form-state";
import { importRefusal, importSummary, MAX_CSV_CHARACTERS } from "./import-answer";
import { ImportPanelIndicatorValues } from "./indicator-queries";

const atFile = (message: string): PanelFormState => ({
  status: "rejected",
  fieldErrors: { csv: message },
  formErrors: [],
  values: {},
  message: null,
});

/** Imports indicator values from the chosen CSV file: all rows or, when any is wrong, none. */
export async function importIndicatorValuesAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const file = formData.get("csv");
  if (!(file instanceof File) || file.size === 0) return atFile("Wybierz plik CSV z wartościami wskaźników.");
  const csv = await file.text();
  if (csv.length > MAX_CSV_CHARACTERS) return atFile("Plik jest za duży — najwyżej 1 000 000 znaków.");
  let payload;
  try {
    payload = await panelPayload(ImportPanelIndicatorValues, { csv }, "importIndicatorValues");
  } catch (error) {
    console.error("Importing indicator values in the panel failed", error);
    return failedFormState({}, "Import jest chwilowo niedostępny — spróbuj ponownie za chwilę.");
  }
  if (payload.userErrors.length > 0) return importRefusal(payload.userErrors);
  revalidatePath("/panel/wskazniki");
  return savedFormState(importSummary(payload.imported ?? 0, payload.inserted ?? 0, payload.updated ?? 0));
}

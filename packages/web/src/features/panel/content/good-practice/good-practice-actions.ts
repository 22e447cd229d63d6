"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { panelMutate } from "@/lib/panel/panel-client";
import { failedFormState, savedFormState, type PanelFormState } from "../../forms/form-state";
import { refusedBeforeSending, refusedByApi } from "../../records/form-answers";
import type { LifecycleState } from "../../records/lifecycle-state";
import { runLifecycle } from "../../records/run-lifecycle";
import { contentUserErrors } from "../shared/content-messages";
import { keptValues } from "../shared/kept-values";
import { goodPracticeFormLabels, postedRows } from "./good-practice-fields";
import { GOOD_PRACTICE_LIST_FIELDS, goodPracticeInputFromForm } from "./good-practice-form-values";
import {
  ArchivePanelGoodPractice,
  CreatePanelGoodPractice,
  PublishPanelGoodPractice,
  UpdatePanelGoodPractice,
} from "./good-practice-queries";

const UNAVAILABLE = "Nie udało się zapisać — spróbuj ponownie za chwilę.";

const idOf = (formData: FormData) => {
  const id = formData.get("id");
  return typeof id === "string" ? id : "";
};

/** Creates the practice as a draft (no `id` posted) or replaces the fields of the one posted. */
export async function saveGoodPracticeAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const id = idOf(formData);
  const values = keptValues(formData, GOOD_PRACTICE_LIST_FIELDS);
  const converted = goodPracticeInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  let payload;
  try {
    if (id) {
      const { data, error } = await panelMutate(UpdatePanelGoodPractice, { id, input: converted.input });
      if (error || !data) throw error ?? new Error("updateGoodPractice returned no data");
      payload = data.updateGoodPractice;
    } else {
      const { data, error } = await panelMutate(CreatePanelGoodPractice, { input: converted.input });
      if (error || !data) throw error ?? new Error("createGoodPractice returned no data");
      payload = data.createGoodPractice;
    }
  } catch (error) {
    console.error(`Saving good practice ${id || "(new)"} in the panel failed`, error);
    return failedFormState(values, UNAVAILABLE);
  }
  if (!payload.goodPractice) {
    const fields = Object.keys(
      goodPracticeFormLabels(postedRows(values, "results"), postedRows(values, "attachments")),
    );
    return refusedByApi(values, contentUserErrors(payload.userErrors), fields, converted.rowIndexes);
  }
  revalidatePath("/panel/dobre-praktyki");
  if (!id) redirect(`/panel/dobre-praktyki/${encodeURIComponent(payload.goodPractice.id)}?zapisano=szkic`);
  revalidatePath(`/panel/dobre-praktyki/${id}`);
  return savedFormState("Zapisano zmiany.");
}

/** Publish or archive one good practice. */
export async function goodPracticeLifecycleAction(
  _previous: LifecycleState,
  formData: FormData,
): Promise<LifecycleState> {
  const id = idOf(formData);
  return runLifecycle(
    formData,
    {
      publish: async () => {
        const { data, error } = await panelMutate(PublishPanelGoodPractice, { id });
        if (error || !data) throw error ?? new Error("publishGoodPractice returned no data");
        return data.publishGoodPractice;
      },
      archive: async () => {
        const { data, error } = await panelMutate(ArchivePanelGoodPractice, { id });
        if (error || !data) throw error ?? new Error("archiveGoodPractice returned no data");
        return data.archiveGoodPractice;
      },
    },
    [`/panel/dobre-praktyki/${id}`, "/panel/dobre-praktyki"],
  );
}

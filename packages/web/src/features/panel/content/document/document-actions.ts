"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { panelMutate } from "@/lib/panel/panel-client";
import { failedFormState, formValues, savedFormState, type PanelFormState } from "../../forms/form-state";
import { refusedBeforeSending, refusedByApi } from "../../records/form-answers";
import type { LifecycleState } from "../../records/lifecycle-state";
import { runLifecycle } from "../../records/run-lifecycle";
import { contentUserErrors } from "../shared/content-messages";
import { DOCUMENT_FIELD_LABELS } from "./document-fields";
import { documentInputFromForm } from "./document-form-values";
import {
  ArchivePanelDocument,
  CreatePanelDocument,
  PublishPanelDocument,
  UpdatePanelDocument,
} from "./document-queries";

const UNAVAILABLE = "Nie udało się zapisać — spróbuj ponownie za chwilę.";

const idOf = (formData: FormData) => {
  const id = formData.get("id");
  return typeof id === "string" ? id : "";
};

/** Creates the document as a draft (no `id` posted) or replaces the fields of the one posted. */
export async function saveDocumentAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const id = idOf(formData);
  const values = formValues(formData);
  const converted = documentInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  let payload;
  try {
    if (id) {
      const { data, error } = await panelMutate(UpdatePanelDocument, { id, input: converted.input });
      if (error || !data) throw error ?? new Error("updateDocument returned no data");
      payload = data.updateDocument;
    } else {
      const { data, error } = await panelMutate(CreatePanelDocument, { input: converted.input });
      if (error || !data) throw error ?? new Error("createDocument returned no data");
      payload = data.createDocument;
    }
  } catch (error) {
    console.error(`Saving document ${id || "(new)"} in the panel failed`, error);
    return failedFormState(values, UNAVAILABLE);
  }
  if (!payload.document) {
    return refusedByApi(values, contentUserErrors(payload.userErrors), Object.keys(DOCUMENT_FIELD_LABELS));
  }
  revalidatePath("/panel/dokumenty");
  if (!id) redirect(`/panel/dokumenty/${encodeURIComponent(payload.document.id)}?zapisano=szkic`);
  revalidatePath(`/panel/dokumenty/${id}`);
  return savedFormState("Zapisano zmiany.");
}

/** Publish or archive one document. */
export async function documentLifecycleAction(
  _previous: LifecycleState,
  formData: FormData,
): Promise<LifecycleState> {
  const id = idOf(formData);
  return runLifecycle(
    formData,
    {
      publish: async () => {
        const { data, error } = await panelMutate(PublishPanelDocument, { id });
        if (error || !data) throw error ?? new Error("publishDocument returned no data");
        return data.publishDocument;
      },
      archive: async () => {
        const { data, error } = await panelMutate(ArchivePanelDocument, { id });
        if (error || !data) throw error ?? new Error("archiveDocument returned no data");
        return data.archiveDocument;
      },
    },
    [`/panel/dokumenty/${id}`, "/panel/dokumenty"],
  );
}

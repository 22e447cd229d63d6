"use server";

import { panelPayload } from "@/lib/panel/panel-client";
import { formValues, type PanelFormState } from "../../forms/form-state";
import { refusedBeforeSending, refusedByApi } from "../../records/form-answers";
import type { LifecycleState } from "../../records/lifecycle-state";
import { runLifecycle } from "../../records/run-lifecycle";
import { postedId, saveRecord } from "../../records/save-record";
import { contentUserErrors } from "../shared/content-messages";
import { DOCUMENT_FIELD_LABELS } from "./document-fields";
import { documentInputFromForm } from "./document-form-values";
import {
  ArchivePanelDocument,
  CreatePanelDocument,
  PublishPanelDocument,
  UpdatePanelDocument,
} from "./document-queries";

/** Creates the document as a draft (no `id` posted) or replaces the fields of the one posted. */
export async function saveDocumentAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const id = postedId(formData);
  const values = formValues(formData);
  const converted = documentInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  const input = converted.input;
  return saveRecord({
    id,
    values,
    listPath: "/panel/dokumenty",
    write: () =>
      id
        ? panelPayload(UpdatePanelDocument, { id, input }, "updateDocument")
        : panelPayload(CreatePanelDocument, { input }, "createDocument"),
    savedId: (payload) => payload.document?.id,
    refused: (payload) =>
      refusedByApi(values, contentUserErrors(payload.userErrors), Object.keys(DOCUMENT_FIELD_LABELS)),
  });
}

/** Publish or archive one document. */
export async function documentLifecycleAction(
  _previous: LifecycleState,
  formData: FormData,
): Promise<LifecycleState> {
  return runLifecycle(
    formData,
    {
      publish: ({ id }) => panelPayload(PublishPanelDocument, { id }, "publishDocument"),
      archive: ({ id }) => panelPayload(ArchivePanelDocument, { id }, "archiveDocument"),
    },
    "/panel/dokumenty",
  );
}

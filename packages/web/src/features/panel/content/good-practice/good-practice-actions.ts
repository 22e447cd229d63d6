"use server";

import { panelPayload } from "@/lib/panel/panel-client";
import { type PanelFormState } from "../../forms/form-state";
import { refusedBeforeSending, refusedByApi } from "../../records/form-answers";
import type { LifecycleState } from "../../records/lifecycle-state";
import { runLifecycle } from "../../records/run-lifecycle";
import { postedId, saveRecord } from "../../records/save-record";
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

/** Creates the practice as a draft (no `id` posted) or replaces the fields of the one posted. */
export async function saveGoodPracticeAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const id = postedId(formData);
  const values = keptValues(formData, GOOD_PRACTICE_LIST_FIELDS);
  const converted = goodPracticeInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  const input = converted.input;
  return saveRecord({
    id,
    values,
    listPath: "/panel/dobre-praktyki",
    write: () =>
      id
        ? panelPayload(UpdatePanelGoodPractice, { id, input }, "updateGoodPractice")
        : panelPayload(CreatePanelGoodPractice, { input }, "createGoodPractice"),
    savedId: (payload) => payload.goodPractice?.id,
    refused: (payload) =>
      refusedByApi(
        values,
        contentUserErrors(payload.userErrors),
        Object.keys(goodPracticeFormLabels(postedRows(values, "results"), postedRows(values, "attachments"))),
        converted.rowIndexes,
      ),
  });
}

/** Publish or archive one good practice. */
export async function goodPracticeLifecycleAction(
  _previous: LifecycleState,
  formData: FormData,
): Promise<LifecycleState> {
  return runLifecycle(
    formData,
    {
      publish: ({ id }) => panelPayload(PublishPanelGoodPractice, { id }, "publishGoodPractice"),
      archive: ({ id }) => panelPayload(ArchivePanelGoodPractice, { id }, "archiveGoodPractice"),
    },
    "/panel/dobre-praktyki",
  );
}

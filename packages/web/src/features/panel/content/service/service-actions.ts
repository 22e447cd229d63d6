"use server";

import { panelPayload } from "@/lib/panel/panel-client";
import { type PanelFormState } from "../../forms/form-state";
import { refusedBeforeSending, refusedByApi } from "../../records/form-answers";
import type { LifecycleState } from "../../records/lifecycle-state";
import { runLifecycle } from "../../records/run-lifecycle";
import { postedId, saveRecord } from "../../records/save-record";
import { contentUserErrors } from "../shared/content-messages";
import { keptValues } from "../shared/kept-values";
import { postedLocationRows, serviceFormLabels } from "./service-fields";
import { SERVICE_LIST_FIELDS, serviceInputFromForm } from "./service-form-values";
import {
  ArchivePanelService,
  CreatePanelService,
  PublishPanelService,
  UpdatePanelService,
  VerifyPanelService,
} from "./service-queries";

/** Creates the service as a draft (no `id` posted) or replaces the fields of the one posted. */
export async function saveServiceAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const id = postedId(formData);
  const values = keptValues(formData, SERVICE_LIST_FIELDS);
  const converted = serviceInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  const input = converted.input;
  return saveRecord({
    id,
    values,
    listPath: "/panel/uslugi",
    write: () =>
      id
        ? panelPayload(UpdatePanelService, { id, input }, "updateService")
        : panelPayload(CreatePanelService, { input }, "createService"),
    savedId: (payload) => payload.service?.id,
    refused: (payload) =>
      refusedByApi(
        values,
        contentUserErrors(payload.userErrors, converted.fieldOf),
        Object.keys(serviceFormLabels(postedLocationRows(values))),
      ),
  });
}

/** Publish, archive or "verified today" for one service. */
export async function serviceLifecycleAction(
  _previous: LifecycleState,
  formData: FormData,
): Promise<LifecycleState> {
  return runLifecycle(
    formData,
    {
      publish: ({ id }) => panelPayload(PublishPanelService, { id }, "publishService"),
      archive: ({ id }) => panelPayload(ArchivePanelService, { id }, "archiveService"),
      verify: (record) => panelPayload(VerifyPanelService, record, "verifyService"),
    },
    "/panel/uslugi",
  );
}

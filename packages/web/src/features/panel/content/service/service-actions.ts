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
import { postedLocationRows, serviceFormLabels } from "./service-fields";
import { SERVICE_LIST_FIELDS, serviceInputFromForm } from "./service-form-values";
import {
  ArchivePanelService,
  CreatePanelService,
  PublishPanelService,
  UpdatePanelService,
  VerifyPanelService,
} from "./service-queries";

const UNAVAILABLE = "Nie udało się zapisać — spróbuj ponownie za chwilę.";

const idOf = (formData: FormData) => {
  const id = formData.get("id");
  return typeof id === "string" ? id : "";
};

/** Creates the service as a draft (no `id` posted) or replaces the fields of the one posted. */
export async function saveServiceAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const id = idOf(formData);
  const values = keptValues(formData, SERVICE_LIST_FIELDS);
  const converted = serviceInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  let payload;
  try {
    if (id) {
      const { data, error } = await panelMutate(UpdatePanelService, { id, input: converted.input });
      if (error || !data) throw error ?? new Error("updateService returned no data");
      payload = data.updateService;
    } else {
      const { data, error } = await panelMutate(CreatePanelService, { input: converted.input });
      if (error || !data) throw error ?? new Error("createService returned no data");
      payload = data.createService;
    }
  } catch (error) {
    console.error(`Saving service ${id || "(new)"} in the panel failed`, error);
    return failedFormState(values, UNAVAILABLE);
  }
  if (!payload.service) {
    const fields = Object.keys(serviceFormLabels(postedLocationRows(values)));
    return refusedByApi(values, contentUserErrors(payload.userErrors, converted.fieldOf), fields);
  }
  revalidatePath("/panel/uslugi");
  if (!id) redirect(`/panel/uslugi/${encodeURIComponent(payload.service.id)}?zapisano=szkic`);
  revalidatePath(`/panel/uslugi/${id}`);
  return savedFormState("Zapisano zmiany.");
}

/** Publish, archive or "verified today" for one service. */
export async function serviceLifecycleAction(
  _previous: LifecycleState,
  formData: FormData,
): Promise<LifecycleState> {
  const id = idOf(formData);
  return runLifecycle(
    formData,
    {
      publish: async () => {
        const { data, error } = await panelMutate(PublishPanelService, { id });
        if (error || !data) throw error ?? new Error("publishService returned no data");
        return data.publishService;
      },
      archive: async () => {
        const { data, error } = await panelMutate(ArchivePanelService, { id });
        if (error || !data) throw error ?? new Error("archiveService returned no data");
        return data.archiveService;
      },
      verify: async () => {
        const source = String(formData.get("source") ?? "").trim();
        const { data, error } = await panelMutate(VerifyPanelService, { id, source });
        if (error || !data) throw error ?? new Error("verifyService returned no data");
        return data.verifyService;
      },
    },
    [`/panel/uslugi/${id}`, "/panel/uslugi"],
  );
}

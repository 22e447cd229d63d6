"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { panelPayload } from "@/lib/panel/panel-client";
import type { PanelFormState } from "../forms/form-state";
import { keptValues } from "../content/shared/kept-values";
import { refusedBeforeSending, refusedByApi } from "../records/form-answers";
import type { LifecycleState } from "../records/lifecycle-state";
import { runLifecycle } from "../records/run-lifecycle";
import { postedId, saveRecord } from "../records/save-record";
import { EVENT_FIELD_LABELS, eventUserErrors } from "./event-fields";
import { EVENT_LIST_FIELDS, eventInputFromForm } from "./event-form-values";
import { ArchivePanelEvent, CreatePanelEvent, PublishPanelEvent, UpdatePanelEvent } from "./event-queries";
import { CancelPanelRegistration } from "./registration-queries";

const LIST_PATH = "/panel/wydarzenia";

/** Creates the event as a draft (no `id` posted) or replaces the fields of the one posted. */
export async function saveEventAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const id = postedId(formData);
  const values = keptValues(formData, EVENT_LIST_FIELDS);
  const converted = eventInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  const input = converted.input;
  return saveRecord({
    id,
    values,
    listPath: LIST_PATH,
    write: () =>
      id
        ? panelPayload(UpdatePanelEvent, { id, input }, "updateEvent")
        : panelPayload(CreatePanelEvent, { input }, "createEvent"),
    savedId: (payload) => payload.event?.id,
    refused: (payload) =>
      refusedByApi(values, eventUserErrors(payload.userErrors), Object.keys(EVENT_FIELD_LABELS)),
  });
}

/** Publish or archive one event. */
export async function eventLifecycleAction(
  _previous: LifecycleState,
  formData: FormData,
): Promise<LifecycleState> {
  return runLifecycle(
    formData,
    {
      publish: ({ id }) => panelPayload(PublishPanelEvent, { id }, "publishEvent"),
      archive: ({ id }) => panelPayload(ArchivePanelEvent, { id }, "archiveEvent"),
    },
    LIST_PATH,
  );
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * Cancels one registration on the participant's behalf (the API moves the waiting list up) and
 * comes back to the registrations with the outcome in the address, so it works without JavaScript.
 */
export async function cancelRegistrationAction(formData: FormData): Promise<void> {
  const eventId = text(formData, "eventId");
  const registrationId = text(formData, "registrationId");
  const page = `${LIST_PATH}/${encodeURIComponent(eventId)}/zgloszenia`;
  let outcome = "anulowano";
  try {
    const payload = await panelPayload(
      CancelPanelRegistration,
      { id: registrationId },
      "cancelRegistrationByEditor",
    );
    if (payload.userErrors.length > 0) {
      outcome = payload.userErrors.some(({ message }) => message === "is already cancelled")
        ? "juz-anulowane"
        : "brak";
    }
  } catch (error) {
    console.error(`Cancelling registration ${registrationId} failed`, error);
    outcome = "blad";
  }
  revalidatePath(page);
  revalidatePath(`${LIST_PATH}/${encodeURIComponent(eventId)}`);
  revalidatePath(LIST_PATH);
  redirect(`${page}?wynik=${outcome}`);
}

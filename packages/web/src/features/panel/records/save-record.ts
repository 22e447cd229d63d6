import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failedFormState, savedFormState, type ApiUserError, type PanelFormState } from "../forms/form-state";

const UNAVAILABLE = "Nie udało się zapisać — spróbuj ponownie za chwilę.";

/** The record ID a panel form posts in its hidden `id` field; empty for a new record. */
export function postedId(formData: FormData): string {
  const id = formData.get("id");
  return typeof id === "string" ? id : "";
}

/**
 * The end of every record form's save action, once the form became an API input: run the create or
 * update mutation, word a failure, put refusals at their fields, and after saving revalidate the
 * record type's list and either open the new draft (`?zapisano=szkic`) or confirm the change.
 */
export async function saveRecord<TPayload extends { userErrors: readonly ApiUserError[] }>(options: {
  /** The record being edited; empty when the form creates one. */
  id: string;
  /** What was posted, kept in the form after a failure. */
  values: Record<string, string>;
  /** The record type's panel list, e.g. /panel/uslugi; a record's page is its list path + /ID. */
  listPath: string;
  write: () => Promise<TPayload>;
  /** The saved record's ID, or nothing when the API refused the input. */
  savedId: (payload: TPayload) => string | undefined;
  refused: (payload: TPayload) => PanelFormState;
}): Promise<PanelFormState> {
  const { id, values, listPath } = options;
  let payload: TPayload;
  try {
    payload = await options.write();
  } catch (error) {
    console.error(`Saving ${id || "a new record"} from ${listPath} failed`, error);
    return failedFormState(values, UNAVAILABLE);
  }
  const saved = options.savedId(payload);
  if (!saved) return options.refused(payload);
  revalidatePath(listPath);
  if (!id) redirect(`${listPath}/${encodeURIComponent(saved)}?zapisano=szkic`);
  revalidatePath(`${listPath}/${id}`);
  return savedFormState("Zapisano zmiany.");
}

import { revalidatePath } from "next/cache";
import type { ApiUserError } from "../forms/form-state";
import { polishApiMessage } from "./api-messages";
import { LIFECYCLE_DONE, type LifecycleIntent, type LifecycleState } from "./lifecycle-state";

/**
 * One lifecycle mutation for a record: its payload's userErrors, or a thrown error when it failed.
 * `source` (how the data was checked) is only for "verify", already required and bounded.
 */
export type LifecycleHandler = (record: {
  id: string;
  source: string;
}) => Promise<{ userErrors: readonly ApiUserError[] }>;

const MAX_SOURCE = 500;

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.trim() : "";
};

/**
 * The body of a record type's lifecycle server action: reads `id` and `intent` from the posted form,
 * runs that intent's handler and answers with the words to announce; the record's pages are
 * revalidated so they show the new state. A "use server" file wraps it per record type, e.g.
 *
 *   export async function serviceLifecycle(_: LifecycleState, formData: FormData) {
 *     return runLifecycle(formData, { publish: ({ id }) => panelPayload(…) }, "/panel/uslugi");
 *   }
 */
export async function runLifecycle(
  formData: FormData,
  handlers: Partial<Record<LifecycleIntent, LifecycleHandler>>,
  /** The record type's list; the list and the record's own page are revalidated. */
  listPath: string,
): Promise<LifecycleState> {
  const id = text(formData, "id");
  const intent = text(formData, "intent") as LifecycleIntent;
  const handler = handlers[intent];
  if (!id || !handler) return { status: "failed", message: "Nieznana czynność — odśwież stronę." };
  const source = text(formData, "source");
  if (intent === "verify") {
    if (!source) {
      return {
        status: "refused",
        message: "Nie zapisano — podaj, jak sprawdzono dane.",
        sourceError: "Wpisz, jak sprawdzono dane, np. „telefon do podmiotu”.",
      };
    }
    if (source.length > MAX_SOURCE) {
      return {
        status: "refused",
        message: "Nie zapisano — opis jest za długi.",
        sourceError: `Opis może mieć najwyżej ${MAX_SOURCE} znaków.`,
      };
    }
  }
  let userErrors: readonly ApiUserError[];
  try {
    ({ userErrors } = await handler({ id, source }));
  } catch (error) {
    console.error(`The panel's ${intent} of ${id} failed`, error);
    return { status: "failed", message: "Nie udało się — spróbuj ponownie za chwilę." };
  }
  if (userErrors.length > 0) {
    const reasons = userErrors.map(({ message }) => polishApiMessage(message)).join("; ");
    return { status: "refused", message: `Nie zapisano: ${reasons}.` };
  }
  revalidatePath(listPath);
  revalidatePath(`${listPath}/${id}`);
  return { status: "done", message: LIFECYCLE_DONE[intent] };
}

import { revalidatePath } from "next/cache";
import type { ApiUserError } from "../forms/form-state";
import { polishApiMessage } from "./api-messages";
import { LIFECYCLE_DONE, type LifecycleIntent, type LifecycleState } from "./lifecycle-state";

/** One lifecycle mutation for a record: its payload's userErrors, or a thrown error when it failed. */
export type LifecycleHandler = (
  id: string,
  formData: FormData,
) => Promise<{ userErrors: readonly ApiUserError[] }>;

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
 *     return runLifecycle(formData, { publish: ..., archive: ... }, ["/panel/uslugi"]);
 *   }
 */
export async function runLifecycle(
  formData: FormData,
  handlers: Partial<Record<LifecycleIntent, LifecycleHandler>>,
  revalidate: readonly string[],
): Promise<LifecycleState> {
  const id = text(formData, "id");
  const intent = text(formData, "intent") as LifecycleIntent;
  const handler = handlers[intent];
  if (!id || !handler) return { status: "failed", message: "Nieznana czynność — odśwież stronę." };
  if (intent === "verify") {
    const source = text(formData, "source");
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
    ({ userErrors } = await handler(id, formData));
  } catch (error) {
    console.error(`The panel's ${intent} of ${id} failed`, error);
    return { status: "failed", message: "Nie udało się — spróbuj ponownie za chwilę." };
  }
  if (userErrors.length > 0) {
    const reasons = userErrors.map(({ message }) => polishApiMessage(message)).join("; ");
    return { status: "refused", message: `Nie zapisano: ${reasons}.` };
  }
  for (const path of revalidate) revalidatePath(path);
  return { status: "done", message: LIFECYCLE_DONE[intent] };
}

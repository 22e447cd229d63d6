"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormField } from "@/components/form-field";
import { formatDate } from "@/lib/dates";
import { IDLE_LIFECYCLE, type LifecycleAction } from "./lifecycle-state";

/**
 * "Mark verified today": when and how the record's data was last confirmed, and a form that records
 * today with the way it was checked (`source`, required by the API). `action` is a server action
 * built on `runLifecycle` with a `verify` handler; it gets `id`, `intent=verify` and `source`.
 */
export function MarkVerifiedForm(props: {
  id: string;
  action: LifecycleAction;
  lastVerifiedAt?: string | null;
  lastVerifiedSource?: string | null;
}) {
  const [result, formAction, pending] = useActionState(props.action, IDLE_LIFECYCLE);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (result.status !== "idle") message.current?.focus();
  }, [result]);
  const refused = result.status === "refused" || result.status === "failed";
  const fieldId = `zrodlo-${props.id}`;
  return (
    <section className="record-verify" aria-labelledby={`weryfikacja-${props.id}`}>
      <h2 id={`weryfikacja-${props.id}`}>Aktualność danych</h2>
      <p>
        {props.lastVerifiedAt
          ? `Ostatnio sprawdzono: ${formatDate(props.lastVerifiedAt)}${
              props.lastVerifiedSource ? ` (${props.lastVerifiedSource})` : ""
            }.`
          : "Dane nie zostały jeszcze sprawdzone."}
      </p>
      <p
        ref={message}
        tabIndex={-1}
        role="status"
        className={result.message ? (refused ? "notice notice--error" : "notice notice--success") : undefined}
      >
        {result.message}
      </p>
      <form action={formAction}>
        <input type="hidden" name="id" value={props.id} />
        <FormField
          id={fieldId}
          label="Jak sprawdzono dane (wymagane)"
          hint="Np. „telefon do podmiotu”, „strona internetowa”, „KRS”."
          error={result.sourceError}
        >
          {(control) => <input {...control} name="source" type="text" maxLength={500} />}
        </FormField>
        <button type="submit" name="intent" value="verify" disabled={pending}>
          Oznacz jako sprawdzone dziś
        </button>
      </form>
    </section>
  );
}

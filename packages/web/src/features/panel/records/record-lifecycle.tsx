"use client";

import { useActionState, useEffect, useRef } from "react";
import type { PublicationState } from "@/__generated__/graphql";
import { IDLE_LIFECYCLE, type LifecycleAction } from "./lifecycle-state";
import { RecordStatusBadge } from "./record-status-badge";

interface Step {
  intent: "publish" | "archive";
  label: string;
  explanation: string;
  danger?: boolean;
}

/** What can be done in each state, each with the words saying what it will do. */
function stepsFor(state: PublicationState): Step[] {
  const publish: Step = {
    intent: "publish",
    label: state === "ARCHIVED" ? "Opublikuj ponownie" : "Opublikuj",
    explanation: "Po opublikowaniu rekord zobaczy każdy w serwisie publicznym i w wyszukiwarce.",
  };
  const archive: Step = {
    intent: "archive",
    label: "Przenieś do archiwum",
    explanation:
      "Rekord zniknie z serwisu publicznego; jego dane i historia zmian zostaną zachowane i można go opublikować ponownie.",
    danger: true,
  };
  if (state === "PUBLISHED") return [archive];
  if (state === "ARCHIVED") return [publish];
  return [publish, archive];
}

/**
 * Publication of one record: its state in words, the buttons that apply (publish a draft or an
 * archived record, archive a draft or a published one), each described by what it will do, and the
 * result announced and focused. `action` is a server action built on `runLifecycle`; it gets `id`
 * and `intent`. Works without JavaScript (the page comes back with the result).
 */
export function RecordLifecycle(props: {
  id: string;
  state: PublicationState;
  isDemo?: boolean;
  action: LifecycleAction;
  /** The record's public page, linked once it is published. */
  publicHref?: string | null;
  headingLevel?: 2 | 3;
}) {
  const [result, formAction, pending] = useActionState(props.action, IDLE_LIFECYCLE);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (result.status !== "idle") message.current?.focus();
  }, [result]);
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  const refused = result.status === "refused" || result.status === "failed";
  return (
    <section className="record-lifecycle" aria-labelledby={`publikacja-${props.id}`}>
      <Heading id={`publikacja-${props.id}`}>Publikacja</Heading>
      <RecordStatusBadge state={props.state} isDemo={props.isDemo} />
      <p
        ref={message}
        tabIndex={-1}
        role="status"
        className={result.message ? (refused ? "notice notice--error" : "notice notice--success") : undefined}
      >
        {result.message}
      </p>
      {props.state === "PUBLISHED" && props.publicHref && (
        <p>
          <a href={props.publicHref}>Zobacz rekord w serwisie publicznym</a>
        </p>
      )}
      <form action={formAction} className="record-lifecycle__actions">
        <input type="hidden" name="id" value={props.id} />
        {stepsFor(props.state).map((step) => (
          <div key={step.intent} className="record-lifecycle__action">
            <p id={`${step.intent}-${props.id}-opis`}>{step.explanation}</p>
            <button
              type="submit"
              name="intent"
              value={step.intent}
              className={step.danger ? "button--danger" : undefined}
              aria-describedby={`${step.intent}-${props.id}-opis`}
              disabled={pending}
            >
              {step.label}
            </button>
          </div>
        ))}
      </form>
    </section>
  );
}

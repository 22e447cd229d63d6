"use client";

import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/button";
import type { Locale } from "@/i18n/locales";
import { reportOutdated } from "./report-outdated-action";
import type { ReportFormWords } from "./report-outdated-words";
import { CONTACT_MAX_LENGTH, INITIAL_REPORT_STATE, MESSAGE_MAX_LENGTH } from "./report-outdated-state";

const MESSAGE_ID = "zglos-opis";
const CONTACT_ID = "zglos-kontakt";

function describedBy(...ids: (string | false)[]): string {
  return ids.filter(Boolean).join(" ");
}

/**
 * "Zgłoś nieaktualne informacje". A server action with useActionState: without JavaScript the form
 * posts to `permalink` (this page, at the form) and the server renders the answer. Errors are shown
 * in a summary that takes focus and at their fields; the typed text is kept. Its words come from
 * the server, so the dictionaries stay out of the browser's bundle.
 */
export function ReportOutdatedForm(props: {
  serviceId: string;
  permalink: string;
  locale: Locale;
  words: ReportFormWords;
}) {
  const { words } = props;
  const [state, formAction, pending] = useActionState(reportOutdated, INITIAL_REPORT_STATE, props.permalink);
  const summary = useRef<HTMLDivElement>(null);
  const { fieldErrors, formError } = state;
  const hasErrors = state.status === "rejected";

  useEffect(() => {
    if (state.status === "rejected") summary.current?.focus();
  }, [state]);

  return (
    <form className="report-outdated" action={formAction} noValidate>
      {hasErrors && (
        <div className="error-summary" ref={summary} tabIndex={-1}>
          <p>
            <strong>{words.notSent}</strong>
          </p>
          <ul>
            {formError && <li>{formError}</li>}
            {fieldErrors.message && (
              <li>
                <a href={`#${MESSAGE_ID}`}>{fieldErrors.message}</a>
              </li>
            )}
            {fieldErrors.contact && (
              <li>
                <a href={`#${CONTACT_ID}`}>{fieldErrors.contact}</a>
              </li>
            )}
          </ul>
        </div>
      )}
      <div className="report-outdated__status" role="status">
        {pending && <p>{words.sending}</p>}
        {!pending && state.status === "sent" && <p className="report-outdated__sent">{words.sent}</p>}
      </div>

      <input type="hidden" name="serviceId" value={props.serviceId} />
      <input type="hidden" name="locale" value={props.locale} />

      <div className="field">
        <label htmlFor={MESSAGE_ID}>{words.messageLabel}</label>
        <p className="hint" id={`${MESSAGE_ID}-hint`}>
          {words.messageHint}
        </p>
        {fieldErrors.message && (
          <p className="field-error" id={`${MESSAGE_ID}-error`}>
            <span className="visually-hidden">{words.errorPrefix}</span>
            {fieldErrors.message}
          </p>
        )}
        <textarea
          id={MESSAGE_ID}
          name="message"
          rows={5}
          required
          maxLength={MESSAGE_MAX_LENGTH}
          defaultValue={state.values.message}
          aria-invalid={fieldErrors.message ? true : undefined}
          aria-describedby={describedBy(`${MESSAGE_ID}-hint`, !!fieldErrors.message && `${MESSAGE_ID}-error`)}
        />
      </div>

      <div className="field">
        <label htmlFor={CONTACT_ID}>{words.contactLabel}</label>
        <p className="hint" id={`${CONTACT_ID}-hint`}>
          {words.contactHint}
        </p>
        {fieldErrors.contact && (
          <p className="field-error" id={`${CONTACT_ID}-error`}>
            <span className="visually-hidden">{words.errorPrefix}</span>
            {fieldErrors.contact}
          </p>
        )}
        <input
          id={CONTACT_ID}
          name="contact"
          type="text"
          maxLength={CONTACT_MAX_LENGTH}
          defaultValue={state.values.contact}
          aria-invalid={fieldErrors.contact ? true : undefined}
          aria-describedby={describedBy(`${CONTACT_ID}-hint`, !!fieldErrors.contact && `${CONTACT_ID}-error`)}
        />
      </div>

      <Button type="submit">{words.submit}</Button>
    </form>
  );
}

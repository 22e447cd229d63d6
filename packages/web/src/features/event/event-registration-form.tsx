"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/button";
import type { Locale } from "@/i18n/locales";
import { registerForEvent } from "./event-registration-action";
import {
  INITIAL_REGISTRATION_STATE,
  NOTE_MAX_LENGTH,
  REGISTRATION_FIELDS,
  type RegistrationField,
} from "./event-registration-state";
import type { RegistrationFormWords } from "./event-registration-words";

type Option = { value: string; label: string };

/** The id of a field's control; its hint and error are `<id>-hint` and `<id>-error`. */
const fieldId = (field: RegistrationField) => `zapis-${field}`;

function describedBy(field: RegistrationField, hint: boolean, error: boolean, extra?: string) {
  const id = fieldId(field);
  return [extra, hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

function Field(props: {
  field: RegistrationField;
  label: ReactNode;
  hint?: string;
  error?: string;
  errorPrefix: string;
  children: ReactNode;
}) {
  const id = fieldId(props.field);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{props.errorPrefix}</span>
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}

/**
 * The registration form. A server action with useActionState: without JavaScript the form posts to
 * `permalink` (this page) and the server renders the answer. Errors are listed in a summary that
 * takes focus, each linking to its field, and shown at the field (aria-describedby); what was
 * typed is kept. After success the confirmation with the private cancellation link replaces the
 * form and takes focus.
 */
export function EventRegistrationForm(props: {
  eventId: string;
  slug: string;
  permalink: string;
  locale: Locale;
  waitingList: boolean;
  consent: { version: string; text: string; lang?: string };
  roles: Option[];
  needs: Option[];
  gminas: Option[];
  words: RegistrationFormWords;
}) {
  const { words } = props;
  const [state, formAction, pending] = useActionState(
    registerForEvent,
    INITIAL_REGISTRATION_STATE,
    props.permalink,
  );
  const summary = useRef<HTMLDivElement>(null);
  const confirmation = useRef<HTMLHeadingElement>(null);
  const { fieldErrors, values } = state;

  useEffect(() => {
    if (state.status === "rejected") summary.current?.focus();
    if (state.status === "registered") confirmation.current?.focus();
  }, [state]);

  if (state.status === "registered" && state.result) {
    const { result } = state;
    return (
      <div className="event-confirmation" role="status">
        <h3 ref={confirmation} tabIndex={-1}>
          {result.title}
        </h3>
        <p>{result.message}</p>
        <p>
          <strong>{words.keepLink}</strong>
        </p>
        <p>
          {words.cancelLink}:{" "}
          <a href={result.cancelUrl} className="event-confirmation__link">
            {result.cancelUrl}
          </a>
        </p>
      </div>
    );
  }

  const errorFields = REGISTRATION_FIELDS.filter((field) => fieldErrors[field]);
  const required = <span className="event-form__required"> {words.required}</span>;
  const optional = <span className="event-form__optional"> {words.optional}</span>;
  return (
    <form className="event-form" action={formAction} noValidate>
      {state.status === "rejected" && (
        <div className="error-summary" ref={summary} tabIndex={-1} role="alert">
          <p>
            <strong>{words.notSent}</strong>
          </p>
          <ul>
            {state.formError && <li>{state.formError}</li>}
            {errorFields.map((field) => (
              <li key={field}>
                <a href={`#${fieldId(field)}`}>{fieldErrors[field]}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="event-form__status" role="status">
        {pending && <p>{words.sending}</p>}
      </div>
      <p className="hint">{props.waitingList ? words.waitingListIntro : words.intro}</p>

      <input type="hidden" name="eventId" value={props.eventId} />
      <input type="hidden" name="slug" value={props.slug} />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="consentVersion" value={props.consent.version} />

      <Field
        field="name"
        label={
          <>
            {words.name}
            {required}
          </>
        }
        error={fieldErrors.name}
        errorPrefix={words.errorPrefix}
      >
        <input
          id={fieldId("name")}
          name="name"
          type="text"
          autoComplete="name"
          required
          maxLength={200}
          defaultValue={values.name}
          aria-invalid={fieldErrors.name ? true : undefined}
          aria-describedby={describedBy("name", false, !!fieldErrors.name)}
        />
      </Field>
      <Field
        field="email"
        label={
          <>
            {words.email}
            {required}
          </>
        }
        hint={words.emailHint}
        error={fieldErrors.email}
        errorPrefix={words.errorPrefix}
      >
        <input
          id={fieldId("email")}
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={values.email}
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={describedBy("email", true, !!fieldErrors.email)}
        />
      </Field>
      <Field
        field="institution"
        label={
          <>
            {words.institution}
            {required}
          </>
        }
        hint={words.institutionHint}
        error={fieldErrors.institution}
        errorPrefix={words.errorPrefix}
      >
        <input
          id={fieldId("institution")}
          name="institution"
          type="text"
          autoComplete="organization"
          required
          maxLength={200}
          defaultValue={values.institution}
          aria-invalid={fieldErrors.institution ? true : undefined}
          aria-describedby={describedBy("institution", true, !!fieldErrors.institution)}
        />
      </Field>
      <Field
        field="role"
        label={
          <>
            {words.role}
            {required}
          </>
        }
        error={fieldErrors.role}
        errorPrefix={words.errorPrefix}
      >
        <select
          id={fieldId("role")}
          name="role"
          required
          defaultValue={values.role}
          aria-invalid={fieldErrors.role ? true : undefined}
          aria-describedby={describedBy("role", false, !!fieldErrors.role)}
        >
          <option value="">{words.chooseRole}</option>
          {props.roles.map((role) => (
            <option key={role.value} value={role.value}>
              {role.label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        field="gminaCode"
        label={
          <>
            {words.gmina}
            {optional}
          </>
        }
        hint={words.gminaHint}
        error={fieldErrors.gminaCode}
        errorPrefix={words.errorPrefix}
      >
        <select
          id={fieldId("gminaCode")}
          name="gminaCode"
          defaultValue={values.gminaCode}
          aria-invalid={fieldErrors.gminaCode ? true : undefined}
          aria-describedby={describedBy("gminaCode", true, !!fieldErrors.gminaCode)}
        >
          <option value="">{words.noGmina}</option>
          {props.gminas.map((gmina) => (
            <option key={gmina.value} value={gmina.value}>
              {gmina.label}
            </option>
          ))}
        </select>
      </Field>

      <fieldset className="facet" aria-describedby="zapis-needs-hint">
        <legend>
          {words.needs}
          {optional}
        </legend>
        <p className="hint" id="zapis-needs-hint">
          {words.needsHint}
        </p>
        {props.needs.map((need) => (
          <div className="check" key={need.value}>
            <input
              type="checkbox"
              id={`zapis-need-${need.value}`}
              name="needs"
              value={need.value}
              defaultChecked={values.needs.includes(need.value)}
            />
            <label htmlFor={`zapis-need-${need.value}`}>{need.label}</label>
          </div>
        ))}
      </fieldset>
      <Field
        field="accessibilityNote"
        label={
          <>
            {words.note}
            {optional}
          </>
        }
        hint={words.noteHint}
        error={fieldErrors.accessibilityNote}
        errorPrefix={words.errorPrefix}
      >
        <textarea
          id={fieldId("accessibilityNote")}
          name="accessibilityNote"
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          defaultValue={values.accessibilityNote}
          aria-invalid={fieldErrors.accessibilityNote ? true : undefined}
          aria-describedby={describedBy("accessibilityNote", true, !!fieldErrors.accessibilityNote)}
        />
      </Field>

      <fieldset className="event-form__consent">
        <legend>
          {words.consentHeading}
          {required}
        </legend>
        {fieldErrors.consent && (
          <p className="field-error" id={`${fieldId("consent")}-error`}>
            <span className="visually-hidden">{words.errorPrefix}</span>
            {fieldErrors.consent}
          </p>
        )}
        <div className="check">
          <input
            type="checkbox"
            id={fieldId("consent")}
            name="consent"
            value="tak"
            required
            defaultChecked={values.consent}
            aria-invalid={fieldErrors.consent ? true : undefined}
            aria-describedby={describedBy("consent", true, !!fieldErrors.consent)}
          />
          <label htmlFor={fieldId("consent")} lang={props.consent.lang}>
            {props.consent.text}
          </label>
        </div>
        <p className="hint" id={`${fieldId("consent")}-hint`}>
          {props.consent.lang && <>{words.consent}. </>}
          {words.consentRetention}
        </p>
      </fieldset>

      <Button type="submit" disabled={pending}>
        {props.waitingList ? words.submitWaitingList : words.submit}
      </Button>
    </form>
  );
}

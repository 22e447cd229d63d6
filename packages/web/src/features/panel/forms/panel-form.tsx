"use client";

import { createContext, useActionState, useContext, useEffect, useRef, type ReactNode } from "react";
import { fieldId, IDLE_FORM_STATE, type PanelFormState } from "./form-state";

type FormAction = (state: PanelFormState, formData: FormData) => Promise<PanelFormState>;

const FormStateContext = createContext<PanelFormState>(IDLE_FORM_STATE);

/** The state of the enclosing PanelForm: errors and kept values for its fields. */
export const usePanelFormState = () => useContext(FormStateContext);

/**
 * A panel form posting to a server action (it works without JavaScript too: the page is its
 * permalink). After a refusal the error summary takes the focus and links to each field, whose own
 * error is bound to it; after saving, the confirmation is announced.
 */
export function PanelForm(props: {
  action: FormAction;
  submitLabel: string;
  /** The summary's title after a refusal. */
  errorTitle?: string;
  /** Extra buttons beside the submit one (e.g. a second submit with another `name=intent`). */
  extraButtons?: ReactNode;
  /** Field names with their labels, for the error summary's links. */
  labels: Record<string, string>;
  encType?: "multipart/form-data";
  className?: string;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(props.action, IDLE_FORM_STATE);
  const summary = useRef<HTMLDivElement>(null);
  const confirmation = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (state.status === "rejected" || state.status === "failed") summary.current?.focus();
    if (state.status === "saved") confirmation.current?.focus();
  }, [state]);

  const fieldEntries = Object.entries(state.fieldErrors);
  return (
    <form
      className={["panel-form", props.className].filter(Boolean).join(" ")}
      action={formAction}
      encType={props.encType}
      noValidate
    >
      {(state.status === "rejected" || state.status === "failed") && (
        <div className="error-summary" role="alert" ref={summary} tabIndex={-1}>
          <p>
            <strong>{props.errorTitle ?? "Nie zapisano — popraw wskazane pola."}</strong>
          </p>
          <ul>
            {state.formErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
            {fieldEntries.map(([name, message]) => (
              <li key={name}>
                <a href={`#${fieldId(name)}`}>
                  {props.labels[name] ?? name}: {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.status === "saved" && state.message && (
        <p className="notice notice--success" role="status" ref={confirmation} tabIndex={-1}>
          {state.message}
        </p>
      )}
      <FormStateContext.Provider value={state}>{props.children}</FormStateContext.Provider>
      <div className="panel-form__actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Zapisywanie…" : props.submitLabel}
        </button>
        {props.extraButtons}
      </div>
    </form>
  );
}

import type { ReactNode } from "react";
import { FieldError } from "./field-error";

/** What the control inside a `FormField` must spread onto itself to be bound to its words. */
export type FieldControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

/**
 * A label, an optional hint and an optional error above one control (input, select, textarea).
 * The hint (`<id>-hint`) and the error (`<id>-error`) are read with the control through
 * aria-describedby; an error also sets aria-invalid.
 */
export function FormField(props: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  errorPrefix?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const hintId = props.hint ? `${props.id}-hint` : null;
  const errorId = props.error ? `${props.id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {hintId && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {errorId && <FieldError id={errorId} message={props.error} prefix={props.errorPrefix} />}
      {props.children({
        id: props.id,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": errorId ? true : undefined,
      })}
    </div>
  );
}

"use client";

import type { ReactNode } from "react";
import { FormField } from "@/components/form-field";
import { fieldId } from "./form-state";
import { usePanelFormState } from "./panel-form";

interface FieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  /** The stored value, shown until the user's own input comes back after a refusal. */
  defaultValue?: string | null;
  required?: boolean;
}

function useField(name: string, defaultValue: string | null | undefined) {
  const state = usePanelFormState();
  const kept = state.status === "rejected" || state.status === "failed" ? state.values[name] : undefined;
  return { error: state.fieldErrors[name] ?? null, value: kept ?? defaultValue ?? "" };
}

const labelOf = (label: string, required?: boolean) => (required ? `${label} (wymagane)` : label);

export function PanelTextField(
  props: FieldProps & {
    type?: "text" | "email" | "url" | "tel" | "date" | "datetime-local" | "number" | "password";
    autoComplete?: string;
  },
) {
  const { error, value } = useField(props.name, props.defaultValue);
  return (
    <FormField
      id={fieldId(props.name)}
      label={labelOf(props.label, props.required)}
      hint={props.hint}
      error={error}
    >
      {(control) => (
        <input
          {...control}
          // A new key after each answer puts the kept value back into the uncontrolled input.
          key={value}
          name={props.name}
          type={props.type ?? "text"}
          defaultValue={value}
          required={props.required}
          autoComplete={props.autoComplete}
        />
      )}
    </FormField>
  );
}

export function PanelTextArea(props: FieldProps & { rows?: number }) {
  const { error, value } = useField(props.name, props.defaultValue);
  return (
    <FormField
      id={fieldId(props.name)}
      label={labelOf(props.label, props.required)}
      hint={props.hint}
      error={error}
    >
      {(control) => (
        <textarea
          {...control}
          key={value}
          name={props.name}
          rows={props.rows ?? 5}
          defaultValue={value}
          required={props.required}
        />
      )}
    </FormField>
  );
}

export function PanelSelect(
  props: FieldProps & { options: readonly { value: string; label: string }[]; emptyLabel?: string },
) {
  const { error, value } = useField(props.name, props.defaultValue);
  return (
    <FormField
      id={fieldId(props.name)}
      label={labelOf(props.label, props.required)}
      hint={props.hint}
      error={error}
    >
      {(control) => (
        <select {...control} key={value} name={props.name} defaultValue={value} required={props.required}>
          {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** A yes/no field; an unchecked box sends nothing, so the hidden "false" comes first and loses. */
export function PanelCheckbox(props: Omit<FieldProps, "required"> & { defaultChecked?: boolean }) {
  const state = usePanelFormState();
  const kept = state.status === "rejected" ? state.values[props.name] : undefined;
  const checked = kept !== undefined ? kept === "true" : Boolean(props.defaultChecked);
  const error = state.fieldErrors[props.name] ?? null;
  const id = fieldId(props.name);
  return (
    <div className="field field--check">
      <input type="hidden" name={props.name} value="false" />
      <input
        id={id}
        key={String(checked)}
        type="checkbox"
        name={props.name}
        value="true"
        defaultChecked={checked}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
      />
      <label htmlFor={id}>{props.label}</label>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Błąd: </span>
          {error}
        </p>
      )}
    </div>
  );
}

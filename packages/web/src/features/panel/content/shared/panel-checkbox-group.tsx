"use client";

import { FieldError } from "@/components/field-error";
import { fieldId } from "../../forms/form-state";
import { usePanelFormState } from "../../forms/panel-form";

/**
 * Several choices sent under one field name (an API list such as `targetGroups`): a fieldset named
 * by its legend, its error bound to it and linked from the error summary by the group's field id.
 */
export function PanelCheckboxGroup(props: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  defaultValues?: readonly string[];
  hint?: string;
  required?: boolean;
}) {
  const state = usePanelFormState();
  const kept =
    state.status === "rejected" || state.status === "failed" ? state.values[props.name] : undefined;
  const checked = kept !== undefined ? kept.split("\n") : (props.defaultValues ?? []);
  const id = fieldId(props.name);
  const error = state.fieldErrors[props.name] ?? null;
  const describedBy = [props.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <fieldset
      className="facet panel-choices"
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy || undefined}
    >
      <legend>{props.required ? `${props.legend} (wymagane)` : props.legend}</legend>
      {props.hint && (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`} message={error} />}
      {props.options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div className="check" key={`${option.value}-${checked.includes(option.value)}`}>
            <input
              type="checkbox"
              id={optionId}
              name={props.name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

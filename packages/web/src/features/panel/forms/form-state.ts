/** What a panel form's server action answers; the form shows it and keeps what was typed. */
export interface PanelFormState {
  status: "idle" | "saved" | "rejected" | "failed";
  /** Errors at the form's fields, by field name. */
  fieldErrors: Record<string, string>;
  /** Errors the API did not tie to a field of this form. */
  formErrors: string[];
  /** What the user typed, to put back into the fields after a refusal. */
  values: Record<string, string>;
  /** A confirmation after saving. */
  message: string | null;
}

export const IDLE_FORM_STATE: PanelFormState = {
  status: "idle",
  fieldErrors: {},
  formErrors: [],
  values: {},
  message: null,
};

export interface ApiUserError {
  field: readonly string[];
  message: string;
}

/**
 * The form field an API error path names: the mutation's input argument (`input`, `edits`) is left
 * out and the rest joined with dots, so ["input", "address", "postalCode"] is "address.postalCode".
 */
export function fieldOfErrorPath(
  path: readonly string[],
  wrappers: readonly string[] = ["input", "edits"],
): string {
  const rest = wrappers.includes(path[0] ?? "") ? path.slice(1) : path;
  return rest.join(".");
}

/** A refusal: each API error at its field when the form has that field, the others above the form. */
export function rejectedFormState(
  values: Record<string, string>,
  userErrors: readonly ApiUserError[],
  formFields: readonly string[],
): PanelFormState {
  const fieldErrors: Record<string, string> = {};
  const formErrors: string[] = [];
  for (const { field, message } of userErrors) {
    const name = fieldOfErrorPath(field);
    if (formFields.includes(name)) fieldErrors[name] ??= message;
    else formErrors.push(name ? `${name}: ${message}` : message);
  }
  return { status: "rejected", fieldErrors, formErrors, values, message: null };
}

export function failedFormState(values: Record<string, string>, message: string): PanelFormState {
  return { status: "failed", fieldErrors: {}, formErrors: [message], values, message: null };
}

export function savedFormState(message: string, values: Record<string, string> = {}): PanelFormState {
  return { status: "saved", fieldErrors: {}, formErrors: [], values, message };
}

/** Far more than any field accepts: enough to say "too long" without echoing megabytes back. */
const MAX_KEPT_LENGTH = 100_000;

/** The text fields of a submitted form, by name (the last value wins; files are left out). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && !name.startsWith("$ACTION"))
      values[name] = value.slice(0, MAX_KEPT_LENGTH);
  }
  return values;
}

/** The id of a field's control, for labels and the error summary's links. */
export const fieldId = (name: string) => `pole-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

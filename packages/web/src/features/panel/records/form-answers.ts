import { rejectedFormState, type ApiUserError, type PanelFormState } from "../forms/form-state";
import { userErrorsForForm } from "./api-messages";

/** The answer when the form could not even be turned into an API input (see formInputReader). */
export function refusedBeforeSending(
  values: Record<string, string>,
  errors: Record<string, string>,
): PanelFormState {
  return { status: "rejected", fieldErrors: errors, formErrors: [], values, message: null };
}

/** The answer to the API's userErrors: in Polish, each at its field of this form (see userErrorsForForm). */
export function refusedByApi(
  values: Record<string, string>,
  userErrors: readonly ApiUserError[],
  formFields: readonly string[],
  rowIndexes: Record<string, readonly number[]> = {},
): PanelFormState {
  return rejectedFormState(values, userErrorsForForm(userErrors, formFields, rowIndexes), formFields);
}

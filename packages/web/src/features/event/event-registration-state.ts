/** The registration form's fields that can carry an error of their own (also their ids' stems). */
export type RegistrationField =
  "name" | "email" | "institution" | "role" | "gminaCode" | "accessibilityNote" | "consent";

export interface RegistrationValues {
  name: string;
  email: string;
  institution: string;
  role: string;
  gminaCode: string;
  needs: string[];
  accessibilityNote: string;
  consent: boolean;
}

/** What the person keeps after registering: where they stand and their private cancellation link. */
export interface RegistrationResult {
  status: "CONFIRMED" | "WAITING_LIST";
  waitingListPosition: number | null;
  /** "Zapis potwierdzony" / "Jesteś na liście rezerwowej", worded by the action in the form's language. */
  title: string;
  message: string;
  cancelUrl: string;
}

export interface RegistrationFormState {
  status: "idle" | "rejected" | "registered";
  /** What was typed; kept when the registration is refused, cleared once it is made. */
  values: RegistrationValues;
  fieldErrors: Partial<Record<RegistrationField, string>>;
  /** An error that belongs to no field (closed window, rate limit, the API being down). */
  formError: string | null;
  result: RegistrationResult | null;
}

export const EMPTY_REGISTRATION_VALUES: RegistrationValues = {
  name: "",
  email: "",
  institution: "",
  role: "",
  gminaCode: "",
  needs: [],
  accessibilityNote: "",
  consent: false,
};

export const INITIAL_REGISTRATION_STATE: RegistrationFormState = {
  status: "idle",
  values: EMPTY_REGISTRATION_VALUES,
  fieldErrors: {},
  formError: null,
  result: null,
};

/** The order of the fields in the form, for the error summary. */
export const REGISTRATION_FIELDS: RegistrationField[] = [
  "name",
  "email",
  "institution",
  "role",
  "gminaCode",
  "accessibilityNote",
  "consent",
];

export const NOTE_MAX_LENGTH = 1000;

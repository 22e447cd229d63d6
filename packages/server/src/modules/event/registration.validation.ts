import { validateEmail, type AccessibilityNeed, type EventAudience } from "@obserwatorium/schema";
import type { UserError } from "../common/user-error.type";
import type { RegisterInput } from "./dto/register.input";

const MAX_NAME = 200;
const MAX_INSTITUTION = 300;
const MAX_NOTE = 1_000;

export interface NormalizedRegistration {
  name: string;
  email: string;
  institution: string;
  role: EventAudience;
  gminaCode: string | null;
  accessibilityNeeds: AccessibilityNeed[];
  accessibilityNote: string;
}

/** Inner runs of white space become one space: names and institutions are compared and counted. */
const tidy = (value: string | null | undefined) => (value ?? "").trim().replace(/\s+/g, " ");

/** Checks everything that needs no database; the consent must be given, in the wording now shown. */
export function validateRegistration(input: RegisterInput, currentConsentVersion: string) {
  const errors: UserError[] = [];
  const problem = (field: string, message: string | null) => {
    if (message) errors.push({ field: ["input", field], message });
  };
  const text = (field: string, value: string | null | undefined, max: number, required: boolean) => {
    const result = tidy(value);
    if (required && !result) problem(field, "must not be empty");
    else if (result.length > max) problem(field, `must be at most ${max} characters`);
    return result;
  };

  const name = text("name", input.name, MAX_NAME, true);
  const email = (input.email ?? "").trim();
  problem("email", email ? validateEmail(email) : "must not be empty");
  const institution = text("institution", input.institution, MAX_INSTITUTION, true);
  const gminaCode = (input.gminaCode ?? "").trim() || null;
  if (gminaCode && !/^\d{7}$/.test(gminaCode)) problem("gminaCode", "must be a TERYT gmina code of 7 digits");
  const accessibilityNote = (input.accessibilityNote ?? "").trim();
  if (accessibilityNote.length > MAX_NOTE)
    problem("accessibilityNote", `must be at most ${MAX_NOTE} characters`);
  if (input.consent !== true) problem("consent", "must be given to register");
  else if ((input.consentVersion ?? "").trim() !== currentConsentVersion) {
    problem("consentVersion", "is not the current wording of the consent; reload the form and read it again");
  }

  const normalized: NormalizedRegistration = {
    name,
    email,
    institution,
    role: input.role,
    gminaCode,
    accessibilityNeeds: [...new Set(input.accessibilityNeeds ?? [])],
    accessibilityNote,
  };
  return { errors, normalized };
}

import { validateEmail, validatePhone } from "@obserwatorium/schema";
import type { UserError } from "../common/user-error.type";

export const REPORT_MESSAGE_MIN = 10;
export const REPORT_MESSAGE_MAX = 2000;
const CONTACT_MAX = 200;

/** Checks a resident's report; the contact may be an e-mail address or a phone number. */
export function validateReport(message: string, contact: string | null | undefined) {
  const errors: UserError[] = [];
  const text = message.trim();
  if (!text) errors.push({ field: ["message"], message: "must not be empty" });
  else if (text.length < REPORT_MESSAGE_MIN)
    errors.push({ field: ["message"], message: `must be at least ${REPORT_MESSAGE_MIN} characters` });
  else if (text.length > REPORT_MESSAGE_MAX)
    errors.push({ field: ["message"], message: `must be at most ${REPORT_MESSAGE_MAX} characters` });
  const reachable = contact?.trim() || null;
  if (reachable && reachable.length > CONTACT_MAX) {
    errors.push({ field: ["contact"], message: `must be at most ${CONTACT_MAX} characters` });
  } else if (reachable && validateEmail(reachable) && validatePhone(reachable)) {
    errors.push({ field: ["contact"], message: "must be an e-mail address or a phone number" });
  }
  return { errors, message: text, contact: reachable };
}

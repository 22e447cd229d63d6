"use server";

import { graphql } from "@/__generated__";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { mutate } from "@/lib/apollo/server-mutate";
import type { CancelState } from "./event-cancel-state";

const CancelRegistrationMutation = graphql(`
  mutation CancelEventRegistration($token: String!) {
    cancelRegistration(token: $token) {
      registration {
        status
      }
      userErrors {
        field
        message
      }
    }
  }
`);

/** The API's refusal (in English) in the page's language. */
function cancelRefusal(message: string, locale: Locale): string {
  const words = getMessages(locale).events.cancel;
  if (/already cancelled/.test(message)) return words.alreadyCancelled;
  if (/is over/.test(message)) return words.over;
  return words.wrongToken;
}

/**
 * Cancels a registration with its private token: only on POST (this action), never on opening the
 * link, so that link scanners in mail and chat cannot cancel anyone.
 */
export async function cancelEventRegistration(
  _previous: CancelState,
  formData: FormData,
): Promise<CancelState> {
  const language = formData.get("locale");
  const locale = isLocale(language) ? language : DEFAULT_LOCALE;
  const token = formData.get("token");
  const words = getMessages(locale).events.cancel;
  if (typeof token !== "string" || !token.trim()) return { status: "refused", message: words.wrongToken };
  try {
    const { data, error } = await mutate(CancelRegistrationMutation, { token: token.trim().slice(0, 200) });
    const payload = data?.cancelRegistration;
    if (error || !payload) throw error ?? new Error("cancelRegistration returned no data");
    if (payload.registration?.status === "CANCELLED") return { status: "cancelled", message: null };
    const refusal = payload.userErrors[0];
    if (refusal) return { status: "refused", message: cancelRefusal(refusal.message, locale) };
    throw new Error("cancelRegistration returned neither a registration nor userErrors");
  } catch (error) {
    console.error("Cancelling an event registration failed", error);
    return { status: "refused", message: words.failed };
  }
}

"use server";

import { graphql } from "@/__generated__";
import type { AccessibilityNeed, EventAudience } from "@/__generated__/graphql";
import { DEFAULT_LOCALE, isLocale, localeHref } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { eventsPl } from "@/i18n/messages/events.pl";
import { mutate } from "@/lib/apollo/server-mutate";
import { absolutePageUrl } from "@/lib/page-url";
import { cancellationHref } from "./event-cancellation-link";
import {
  failedRegistrationState,
  localRegistrationErrors,
  rejectedRegistrationState,
} from "./event-registration-errors";
import {
  INITIAL_REGISTRATION_STATE,
  NOTE_MAX_LENGTH,
  type RegistrationFormState,
  type RegistrationValues,
} from "./event-registration-state";

const RegisterMutation = graphql(`
  mutation RegisterForEvent($input: RegisterInput!) {
    register(input: $input) {
      registration {
        id
        status
        waitingListPosition
      }
      cancellationToken
      userErrors {
        field
        message
      }
    }
  }
`);

/** Far more than the API accepts: enough to say "too long" while not echoing megabytes back. */
const MAX_KEPT_LENGTH = 2 * NOTE_MAX_LENGTH;

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, MAX_KEPT_LENGTH) : "";
}

const isRole = (value: string): value is EventAudience => Object.hasOwn(eventsPl.audiences, value);
const isNeed = (value: string): value is AccessibilityNeed => Object.hasOwn(eventsPl.needs, value);

/**
 * The registration form's server action (it works without JavaScript too). The API validates; its
 * userErrors come back at their fields in the form's language. On success the confirmation is
 * rendered from this answer: the cancellation token never travels in a URL the site redirects to.
 */
export async function registerForEvent(
  _previous: RegistrationFormState,
  formData: FormData,
): Promise<RegistrationFormState> {
  const language = text(formData, "locale");
  const locale = isLocale(language) ? language : DEFAULT_LOCALE;
  const values: RegistrationValues = {
    name: text(formData, "name"),
    email: text(formData, "email"),
    institution: text(formData, "institution"),
    role: text(formData, "role"),
    gminaCode: text(formData, "gminaCode"),
    needs: formData.getAll("needs").filter((value): value is string => typeof value === "string"),
    accessibilityNote: text(formData, "accessibilityNote"),
    consent: formData.get("consent") === "tak",
  };
  const local = localRegistrationErrors(values, isRole(values.role), locale);
  if (local) return local;
  try {
    const { data, error } = await mutate(RegisterMutation, {
      input: {
        eventId: text(formData, "eventId"),
        name: values.name,
        email: values.email.trim(),
        institution: values.institution,
        role: values.role as EventAudience,
        gminaCode: values.gminaCode || null,
        accessibilityNeeds: values.needs.filter(isNeed),
        accessibilityNote: values.accessibilityNote.trim() || null,
        consent: values.consent,
        consentVersion: text(formData, "consentVersion"),
      },
    });
    const payload = data?.register;
    if (error || !payload) throw error ?? new Error("register returned no data");
    const { registration, cancellationToken } = payload;
    if (registration && cancellationToken && registration.status !== "CANCELLED") {
      const path = localeHref(locale, cancellationHref(cancellationToken, text(formData, "slug")));
      const words = getMessages(locale).events.confirmation;
      const waiting = registration.status === "WAITING_LIST";
      const position = registration.waitingListPosition ?? 1;
      return {
        ...INITIAL_REGISTRATION_STATE,
        status: "registered",
        result: {
          status: registration.status,
          waitingListPosition: registration.waitingListPosition ?? null,
          title: waiting ? words.waitingTitle : words.confirmedTitle,
          message: waiting ? words.waiting(position) : words.confirmed,
          cancelUrl: await absolutePageUrl(path),
        },
      };
    }
    if (payload.userErrors.length > 0) return rejectedRegistrationState(values, payload.userErrors, locale);
    throw new Error("register returned neither a registration nor userErrors");
  } catch (error) {
    console.error("Registering for an event failed", error);
    return failedRegistrationState(values, locale);
  }
}

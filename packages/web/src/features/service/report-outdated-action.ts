"use server";

import { graphql } from "@/__generated__";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { mutate } from "@/lib/apollo/server-mutate";
import { failedReportState, rejectedReportState } from "./report-outdated-errors";
import { SENT_REPORT_STATE, type ReportOutdatedState } from "./report-outdated-state";

const ReportOutdatedMutation = graphql(`
  mutation ReportOutdated($serviceId: ID!, $message: String!, $contact: String) {
    reportOutdated(serviceId: $serviceId, message: $message, contact: $contact) {
      report {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

/** Far more than the API accepts: enough to say "too long" while not echoing megabytes back. */
const MAX_KEPT_LENGTH = 5000;

function textField(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, MAX_KEPT_LENGTH) : "";
}

/**
 * The "Zgłoś nieaktualne informacje" form's server action (it works without JavaScript too). The
 * API validates the report; its userErrors come back at their fields in the form's language (its
 * hidden `locale` field).
 */
export async function reportOutdated(
  _previous: ReportOutdatedState,
  formData: FormData,
): Promise<ReportOutdatedState> {
  const values = { message: textField(formData, "message"), contact: textField(formData, "contact") };
  const language = textField(formData, "locale");
  const locale = isLocale(language) ? language : DEFAULT_LOCALE;
  try {
    const { data, error } = await mutate(ReportOutdatedMutation, {
      serviceId: textField(formData, "serviceId"),
      message: values.message,
      contact: values.contact.trim() || null,
    });
    const payload = data?.reportOutdated;
    if (error || !payload) throw error ?? new Error("reportOutdated returned no data");
    if (payload.report) return SENT_REPORT_STATE;
    if (payload.userErrors.length > 0) return rejectedReportState(values, payload.userErrors, locale);
    throw new Error("reportOutdated returned neither a report nor userErrors");
  } catch (error) {
    console.error("Sending a report of outdated information failed", error);
    return failedReportState(values, locale);
  }
}

import type { SocialEnterpriseDecisionInput, SocialEnterpriseDecisionKind } from "@/__generated__/graphql";
import { SOCIAL_ENTERPRISE_DECISION_LABELS } from "@/features/organization/labels";
import { formInputReader, type FormConversion } from "../records/form-input";

export const DECISION_FIELD_LABELS: Record<string, string> = {
  decision: "Rodzaj decyzji",
  decisionDate: "Data decyzji",
  decisionNumber: "Numer decyzji",
  effectiveFrom: "Obowiązuje od",
  voivodeshipCode: "Województwo (kod TERYT)",
};

/** The PS decision form as SocialEnterpriseDecisionInput. */
export function decisionInputFromForm(
  values: Record<string, string>,
): FormConversion<SocialEnterpriseDecisionInput> {
  const read = formInputReader(values);
  const decision = read.text("decision");
  if (decision === null || !Object.hasOwn(SOCIAL_ENTERPRISE_DECISION_LABELS, decision)) {
    read.fail("decision", "Wybierz rodzaj decyzji.");
  }
  const decisionDate = read.date("decisionDate");
  if (!read.text("decisionDate")) read.fail("decisionDate", "Wpisz datę decyzji.");
  const input: SocialEnterpriseDecisionInput = {
    decision: decision as SocialEnterpriseDecisionKind,
    decisionDate: decisionDate ?? "",
    decisionNumber: read.text("decisionNumber"),
    effectiveFrom: read.date("effectiveFrom"),
    voivodeshipCode: read.required("voivodeshipCode", "Wpisz kod TERYT województwa, np. 20."),
  };
  if (Object.keys(read.errors).length > 0) return { ok: false, errors: read.errors };
  return { ok: true, input, rowIndexes: {} };
}

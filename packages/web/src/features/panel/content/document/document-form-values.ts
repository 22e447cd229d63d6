import type { DocumentInput, DocumentKind, DocumentStage } from "@/__generated__/graphql";
import { DOCUMENT_KIND_LABELS } from "@/features/document/document-labels";
import { formInputReader } from "../../records/form-input";
import { oneOf } from "../shared/kept-values";

const KINDS = Object.keys(DOCUMENT_KIND_LABELS) as DocumentKind[];
export const DOCUMENT_STAGES: readonly DocumentStage[] = ["DRAFT", "CONSULTATION", "ADOPTED"];

export type DocumentFormConversion =
  { ok: true; input: DocumentInput } | { ok: false; errors: Record<string, string> };

/**
 * The document form's values as the API's DocumentInput. The related organizations and services are
 * not edited here: their IDs travel in hidden fields so that saving keeps them.
 */
export function documentInputFromForm(values: Record<string, string>): DocumentFormConversion {
  const read = formInputReader(values);
  const kind = oneOf(read.text("kind"), KINDS);
  if (!kind) read.fail("kind", "Wybierz rodzaj dokumentu.");
  const stage = oneOf(read.text("stage"), DOCUMENT_STAGES);
  if (!stage) read.fail("stage", "Wybierz etap.");
  const actBody = read.text("act.body");
  const actNumber = read.text("act.number");
  const actDate = read.date("act.date");
  const input: DocumentInput = {
    title: read.text("title") ?? "",
    kind: kind ?? "OTHER",
    stage: stage ?? "DRAFT",
    summary: read.text("summary"),
    tags: (values.tags ?? "")
      .split(/[,\n]/)
      .map((tag) => tag.trim())
      .filter(Boolean),
    territorialUnitCode: read.text("territorialUnitCode"),
    periodFromYear: read.int("periodFromYear"),
    periodToYear: read.int("periodToYear"),
    inForceFrom: read.date("inForceFrom"),
    inForceTo: read.date("inForceTo"),
    repealedOn: read.date("repealedOn"),
    act: actBody || actNumber || actDate ? { body: actBody, number: actNumber, date: actDate } : null,
    organizationIds: read.list("organizationIds"),
    serviceIds: read.list("serviceIds"),
  };
  if (Object.keys(read.errors).length > 0) return { ok: false, errors: read.errors };
  return { ok: true, input };
}

import type { FundingKind, GoodPracticeInput, ServiceArea, TargetGroup } from "@/__generated__/graphql";
import { formInputReader } from "../../records/form-input";

/** Repeated fields (checkbox groups), sent once per checked box. */
export const GOOD_PRACTICE_LIST_FIELDS = ["serviceAreas", "targetGroups", "funding.kinds"];

/** Blank rows offered after the stored ones, for forms without JavaScript. */
export const BLANK_ROWS = 2;

export type GoodPracticeFormConversion =
  | { ok: true; input: GoodPracticeInput; rowIndexes: Record<string, number[]> }
  | { ok: false; errors: Record<string, string> };

/**
 * The good-practice form's values (`keptValues`) as the API's GoodPracticeInput: blank text is null,
 * result and link rows left blank are dropped (the row numbers are kept to put the API's errors back
 * at their rows), the organizations travel unchanged in a hidden field.
 */
export function goodPracticeInputFromForm(values: Record<string, string>): GoodPracticeFormConversion {
  const read = formInputReader(values);
  const resultRows = read.rows("results", ["indicator", "unit", "value"]);
  const results = resultRows.map((row) => {
    const text = read.text(`results.${row}.value`)?.replace(/\s/g, "").replace(",", ".") ?? "";
    const value = Number(text);
    if (!text || !Number.isFinite(value))
      read.fail(`results.${row}.value`, "Wpisz liczbę, np. 24 albo 12,5.");
    return {
      indicator: read.text(`results.${row}.indicator`) ?? "",
      unit: read.text(`results.${row}.unit`),
      value,
    };
  });
  const attachmentRows = read.rows("attachments", ["title", "url"]);
  const attachments = attachmentRows.map((row) => ({
    title: read.text(`attachments.${row}.title`) ?? "",
    url: read.text(`attachments.${row}.url`) ?? "",
  }));
  const contact = {
    name: read.text("contact.name"),
    email: read.text("contact.email"),
    phone: read.text("contact.phone"),
  };
  const input: GoodPracticeInput = {
    title: read.text("title") ?? "",
    slug: read.text("slug"),
    summary: read.text("summary") ?? "",
    bodyMarkdown: values.bodyMarkdown?.trim() ?? "",
    areaCodes: read.list("areaCodes"),
    serviceAreas: read.list("serviceAreas") as ServiceArea[],
    targetGroups: read.list("targetGroups") as TargetGroup[],
    period: { from: read.text("period.from") ?? "", to: read.text("period.to") },
    organizationIds: read.list("organizationIds"),
    contact: Object.values(contact).some(Boolean) ? contact : null,
    funding: { kinds: read.list("funding.kinds") as FundingKind[], source: read.text("funding.source") },
    results,
    attachments,
  };
  if (Object.keys(read.errors).length > 0) return { ok: false, errors: read.errors };
  return { ok: true, input, rowIndexes: { results: resultRows, attachments: attachmentRows } };
}

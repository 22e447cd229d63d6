import { describe, expect, it } from "vitest";
import { keptValues } from "../shared/kept-values";
import { GOOD_PRACTICE_LIST_FIELDS, goodPracticeInputFromForm } from "./good-practice-form-values";

function valuesOf(entries: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return keptValues(form, GOOD_PRACTICE_LIST_FIELDS);
}

describe("goodPracticeInputFromForm", () => {
  it("types the values and drops blank rows, keeping their numbers for the API's errors", () => {
    const result = goodPracticeInputFromForm(
      valuesOf([
        ["title", " Sąsiedzka pomoc "],
        ["slug", ""],
        ["summary", "Wolontariusze pomagają seniorom."],
        ["bodyMarkdown", "## Jak to działa\n\nOpis."],
        ["areaCodes", "2002034 2002"],
        ["serviceAreas", "SOCIAL_ASSISTANCE"],
        ["serviceAreas", "CIVIC_ENGAGEMENT"],
        ["funding.kinds", "EFS_PLUS"],
        ["funding.source", ""],
        ["period.from", "2023"],
        ["period.to", ""],
        ["contact.name", ""],
        ["results.0.indicator", ""],
        ["results.0.value", ""],
        ["results.1.indicator", "osoby objęte wsparciem"],
        ["results.1.unit", "osób"],
        ["results.1.value", "1 240,5"],
        ["attachments.0.title", "Raport"],
        ["attachments.0.url", "https://example.pl/raport.pdf"],
        ["attachments.1.title", ""],
        ["organizationIds", ""],
      ]),
    );
    expect(result).toEqual({
      ok: true,
      rowIndexes: { results: [1], attachments: [0] },
      input: {
        title: "Sąsiedzka pomoc",
        slug: null,
        summary: "Wolontariusze pomagają seniorom.",
        bodyMarkdown: "## Jak to działa\n\nOpis.",
        areaCodes: ["2002034", "2002"],
        serviceAreas: ["SOCIAL_ASSISTANCE", "CIVIC_ENGAGEMENT"],
        targetGroups: [],
        period: { from: "2023", to: null },
        organizationIds: [],
        contact: null,
        funding: { kinds: ["EFS_PLUS"], source: null },
        results: [{ indicator: "osoby objęte wsparciem", unit: "osób", value: 1240.5 }],
        attachments: [{ title: "Raport", url: "https://example.pl/raport.pdf" }],
      },
    });
  });

  it("refuses a result without a number at its own row", () => {
    const result = goodPracticeInputFromForm(
      valuesOf([
        ["results.2.indicator", "uczestnicy"],
        ["results.2.value", "wielu"],
      ]),
    );
    expect(!result.ok && result.errors).toEqual({ "results.2.value": "Wpisz liczbę, np. 24 albo 12,5." });
  });
});

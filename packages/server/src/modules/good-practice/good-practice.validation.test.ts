import { describe, expect, it } from "vitest";
import type { GoodPracticeInput } from "./dto/good-practice.input";
import { validateGoodPracticeInput } from "./good-practice.validation";

const TODAY = "2026-11-22";

function input(overrides: Partial<GoodPracticeInput> = {}): GoodPracticeInput {
  return {
    title: "  Sąsiedzka Łapa — wolontariat dla seniorów ",
    summary: "Wolontariusze odwiedzają samotnych seniorów.",
    bodyMarkdown: "## Co zrobiliśmy\n\n- odwiedziny",
    serviceAreas: ["SOCIAL_ASSISTANCE", "SOCIAL_ASSISTANCE"],
    targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
    areaCodes: [" 2002063 "],
    period: { from: "2023", to: "2025-06-30" },
    funding: { kinds: ["EFS_PLUS", "JST_BUDGET"], source: "FEdP 2021–2027" },
    results: [{ indicator: "Seniorzy objęci wsparciem", value: 120.123456, unit: "osób" }],
    contact: { name: "Anna Nowak", email: "anna@ops.example.pl", phone: "85 715 20 00" },
    attachments: [{ title: "Relacja", url: "https://ops.example.pl/relacja" }],
    ...overrides,
  };
}

describe("validateGoodPracticeInput", () => {
  it("trims, deduplicates, derives the slug and normalizes the phone", () => {
    const { errors, normalized } = validateGoodPracticeInput(input(), TODAY);
    expect(errors).toEqual([]);
    expect(normalized).toMatchObject({
      title: "Sąsiedzka Łapa — wolontariat dla seniorów",
      slug: "sasiedzka-lapa-wolontariat-dla-seniorow",
      serviceAreas: ["SOCIAL_ASSISTANCE"],
      areaCodes: ["2002063"],
      periodFromYear: 2023,
      periodFromDate: null,
      periodToYear: 2025,
      periodToDate: "2025-06-30",
      contactPhone: "+48 857 152 000",
      results: [{ indicator: "Seniorzy objęci wsparciem", value: 120.1235, unit: "osób" }],
    });
  });

  it("returns every problem with its input path", () => {
    const { errors } = validateGoodPracticeInput(
      input({
        title: " ",
        summary: "",
        serviceAreas: [],
        areaCodes: ["20021"],
        period: { from: "2023-02-30", to: "99" },
        results: [{ indicator: "", value: Number.POSITIVE_INFINITY }],
        contact: { email: "anna(at)ops.pl", phone: "12" },
        attachments: [{ title: "Skrypt", url: "javascript:alert(1)" }],
      }),
      TODAY,
    );
    expect(errors.map((error) => error.field.join("."))).toEqual([
      "input.title",
      "input.slug",
      "input.summary",
      "input.serviceAreas",
      "input.areaCodes.0",
      "input.period.from",
      "input.period.to",
      "input.results.0.value",
      "input.results.0.indicator",
      "input.contact.email",
      "input.contact.phone",
      "input.attachments.0.url",
    ]);
  });

  it("accepts years and dates in either end, in order, started by today", () => {
    const period = (from: string, to?: string) =>
      validateGoodPracticeInput(input({ period: { from, to } }), TODAY).errors.map((error) => error.message);
    expect(period("2023-05-01", "2023")).toEqual([]);
    expect(period("2026-11-22")).toEqual([]);
    expect(period("2023-05-01", "2023-04-30")).toEqual(["must not be before the start"]);
    expect(period("2024", "2023")).toEqual(["must not be before the start"]);
    expect(period("2026-11-23")).toEqual(["must not be in the future"]);
    expect(period("2027")).toEqual(["must not be in the future"]);
    expect(period("1989")).toEqual(["must be between 1990 and 2100"]);
  });
});

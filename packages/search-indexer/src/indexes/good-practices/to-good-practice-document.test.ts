import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown-text";
import { toGoodPracticeDocument } from "./to-good-practice-document";

const row = {
  id: "7f0c2a4e-1b2d-4c3e-8f90-0a1b2c3d4e5f",
  slug: "sasiedzka-pomoc-w-lomzy",
  title: "Sąsiedzka pomoc w Łomży",
  summary: "Wolontariusze pomagają seniorom w zakupach.",
  body_markdown:
    "## Co zrobiliśmy\n\n- **zakupy** dla seniorów\n- [strona projektu](https://example.pl/projekt)",
  service_areas: ["SOCIAL_ASSISTANCE" as const],
  target_groups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS" as const],
  funding_kinds: ["EFS_PLUS" as const],
  period_from_year: 2023,
  period_to_year: null,
  publication_state: "PUBLISHED" as const,
  is_demo: true,
  area_codes: ["2062011"],
  unit_names: ["Łomża"],
  organization_names: ["Stowarzyszenie „Łączy nas pomoc”"],
};

describe("toGoodPracticeDocument", () => {
  it("folds Polish letters of title, places and organizations, and adds every containing area", () => {
    const document = toGoodPracticeDocument(row);
    expect(document.titleFolded).toContain("Sasiedzka pomoc w Lomzy Lomza Stowarzyszenie „Laczy nas pomoc”");
    expect(document.titleFolded).toContain("pomoc spoleczna");
    expect(document.themeLabels[0]).toBe("pomoc społeczna");
    expect(document.areaCodes).toEqual(["20", "2062", "2062011"]);
    expect(document.toYear).toBeNull();
  });

  it("indexes the body as plain words, folded in textFolded, without link addresses", () => {
    const document = toGoodPracticeDocument(row);
    expect(document.bodyText).toBe("Co zrobiliśmy\nzakupy dla seniorów\nstrona projektu");
    expect(document.textFolded).toContain("Co zrobilismy");
    expect(document.textFolded).not.toContain("example.pl");
  });
});

describe("markdownToText", () => {
  it("drops Markdown markers but keeps the words and bare addresses", () => {
    expect(markdownToText("# Tytuł\n\n> cytat\n\n1. _raz_\n2. `dwa`\n\n---\n\n<https://a.pl>")).toBe(
      "Tytuł\ncytat\nraz\ndwa\nhttps://a.pl",
    );
  });
});

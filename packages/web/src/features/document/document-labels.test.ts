import { describe, expect, it } from "vitest";
import { DOCUMENT_KIND_LABELS_BY_LOCALE, documentLabels } from "./document-labels";

describe("documentLabels", () => {
  it("names every kind and status in each language, English and Ukrainian apart from Polish", () => {
    const pl = documentLabels("pl");
    for (const locale of ["en", "uk"] as const) {
      const labels = documentLabels(locale);
      for (const key of ["kinds", "statuses", "lpdiStatuses", "textStateNotes"] as const) {
        expect(Object.keys(labels[key]).sort(), `${locale} ${key}`).toEqual(Object.keys(pl[key]).sort());
      }
      expect(labels.kinds.STRATEGY).not.toBe(pl.kinds.STRATEGY);
      expect(labels.statuses.IN_FORCE).not.toBe(pl.statuses.IN_FORCE);
      expect(labels.textStateNotes.EXTRACTED).toBeNull();
    }
  });

  it("keeps the Polish abbreviations inside the translated kinds", () => {
    expect(documentLabels("en").kinds.LPDI).toMatch(/^local deinstitutionalisation plan.*\(LPDI\)$/);
    expect(documentLabels("uk").kinds.LPDI).toMatch(/^локальний план деінституціалізації.*\(LPDI\)$/);
    expect(documentLabels("en").kinds.OZPS).toBe("assessment of social assistance resources (OZPS)");
    expect(documentLabels("uk").kinds.OZPS).toBe("оцінка ресурсів соціальної допомоги (OZPS)");
    expect(DOCUMENT_KIND_LABELS_BY_LOCALE.uk).toBe(documentLabels("uk").kinds);
  });
});

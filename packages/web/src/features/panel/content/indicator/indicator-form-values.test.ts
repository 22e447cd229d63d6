import { describe, expect, it } from "vitest";
import { indicatorInputFromForm, indicatorValueInputFromForm } from "./indicator-form-values";

describe("indicatorInputFromForm", () => {
  it("turns the posted fields into the API input, blank optional text as null", () => {
    expect(
      indicatorInputFromForm({
        code: " OZPS_KLUBY ",
        name: "Kluby seniora",
        programme: "OZPS",
        area: "",
        unit: "liczba",
        definition: "",
        source: "GUS",
        direction: "LOWER_IS_BETTER",
      }),
    ).toEqual({
      ok: true,
      input: {
        code: "OZPS_KLUBY",
        input: {
          name: "Kluby seniora",
          programme: "OZPS",
          area: null,
          unit: "liczba",
          definition: null,
          source: "GUS",
          direction: "LOWER_IS_BETTER",
        },
      },
    });
  });

  it("names every missing or unknown choice at its field", () => {
    const result = indicatorInputFromForm({ code: "", name: " ", programme: "XYZ", unit: "", direction: "" });
    expect(result.ok).toBe(false);
    expect(Object.keys(!result.ok ? result.errors : {})).toEqual([
      "code",
      "programme",
      "direction",
      "name",
      "unit",
    ]);
  });
});

describe("indicatorValueInputFromForm", () => {
  it("reads numbers written the Polish way", () => {
    const result = indicatorValueInputFromForm({
      indicatorCode: "OZPS_KLUBY",
      "entry.territorialUnitCode": "2061",
      "entry.year": "2024",
      "entry.value": "1 250,5",
      "entry.baseline": "-3.25",
      "entry.target": "",
      "entry.source": "",
      "entry.note": "dane MOPR",
    });
    expect(result).toEqual({
      ok: true,
      input: {
        indicatorCode: "OZPS_KLUBY",
        territorialUnitCode: "2061",
        year: 2024,
        value: 1250.5,
        baseline: -3.25,
        target: null,
        source: null,
        note: "dane MOPR",
      },
    });
  });

  it("refuses a missing value or year and a number with its unit", () => {
    const result = indicatorValueInputFromForm({
      indicatorCode: "OZPS_KLUBY",
      "entry.territorialUnitCode": "20",
      "entry.year": "",
      "entry.value": "",
      "entry.target": "12%",
    });
    expect(!result.ok && result.errors).toEqual({
      "entry.value": "Wpisz wartość, np. 12,5.",
      "entry.target": "Wpisz liczbę, np. 24 albo 12,5 (bez jednostki).",
      "entry.year": "Wpisz rok, np. 2024.",
    });
  });
});

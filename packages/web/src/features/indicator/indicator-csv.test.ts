import { describe, expect, it } from "vitest";
import { csvCell as csvText } from "@/lib/csv";
import { csvFilename, csvNumber, indicatorCsv } from "./indicator-csv";

describe("csvNumber", () => {
  it("writes a decimal comma and no grouping", () => {
    expect(csvNumber(7.2)).toBe("7,2");
    expect(csvNumber(12345)).toBe("12345");
    expect(csvNumber(-0.5)).toBe("-0,5");
  });
});

describe("csvText", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(csvText("powiat augustowski")).toBe("powiat augustowski");
    expect(csvText('liczba; "PS"')).toBe('"liczba; ""PS"""');
    expect(csvText("a\nb")).toBe('"a\nb"');
  });

  it("keeps a spreadsheet from running text as a formula", () => {
    expect(csvText("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvText("@SUM(1)")).toBe("'@SUM(1)");
  });
});

describe("indicatorCsv", () => {
  it("has a BOM, a header with the years, one row per unit and empty cells for gaps", () => {
    const csv = indicatorCsv({
      indicator: { code: "OZPS", name: "Odsetek korzystających", unit: "%" },
      years: [2019, 2020],
      units: [
        { code: "2001", label: "powiat augustowski", values: [{ year: 2019, value: 8.4 }] },
        {
          code: "20",
          label: "województwo podlaskie",
          values: [
            { year: 2019, value: 7.2 },
            { year: 2020, value: 7 },
          ],
        },
      ],
    });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Kod TERYT;Jednostka terytorialna;Wskaźnik;Jednostka miary;2019;2020",
      "2001;powiat augustowski;Odsetek korzystających;%;8,4;",
      "20;województwo podlaskie;Odsetek korzystających;%;7,2;7",
      "",
    ]);
  });
});

describe("csvFilename", () => {
  it("names the indicator and the level with header-safe characters only", () => {
    expect(csvFilename("WPRES_PES_NA_10K", "powiaty")).toBe("wskaznik-WPRES_PES_NA_10K-powiaty.csv");
    expect(csvFilename('a"b', "wojewodztwa")).toBe("wskaznik-a_b-wojewodztwa.csv");
  });
});

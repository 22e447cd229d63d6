import { describe, expect, it } from "vitest";
import { csvCell, csvDocument } from "./csv";

describe("csvCell", () => {
  it("leaves plain text alone", () => {
    expect(csvCell("Spółdzielnia Socjalna „Smaki”")).toBe("Spółdzielnia Socjalna „Smaki”");
  });

  it.each([
    ['Fundacja "Razem"', '"Fundacja ""Razem"""'],
    ["ul. Lipowa 1; lok. 2", '"ul. Lipowa 1; lok. 2"'],
    ["55520000-1, 85312000-9", '"55520000-1, 85312000-9"'],
    ["linia 1\nlinia 2", '"linia 1\nlinia 2"'],
    ["linia 1\r\nlinia 2", '"linia 1\r\nlinia 2"'],
  ])("quotes %j per RFC 4180", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://zly.example")', '"\'=HYPERLINK(""http://zly.example"")"'],
    ["+48 85 123 45 67", "'+48 85 123 45 67"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
  ])("guards %j against running as a formula", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("does not guard a sign inside the text", () => {
    expect(csvCell("Kowalski-Nowak")).toBe("Kowalski-Nowak");
  });
});

describe("csvDocument", () => {
  it("starts with a BOM, has the header first and ends every line with CRLF", () => {
    const csv = csvDocument(
      ["nazwa", "NIP"],
      [
        ["A; B", "5252248481"],
        ["=C", ""],
      ],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).toBe('nazwa;NIP\r\n"A; B";5252248481\r\n\'=C;\r\n');
  });

  it("writes only the header for no rows", () => {
    expect(csvDocument(["a", "b"], [])).toBe("\uFEFFa;b\r\n");
  });
});

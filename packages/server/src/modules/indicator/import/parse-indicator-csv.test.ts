import { describe, expect, it } from "vitest";
import { IndicatorCsvError, type IndicatorCsvProblem } from "./indicator-csv-error";
import { parseIndicatorCsv } from "./parse-indicator-csv";

const HEADER = "indicator;teryt;year;value;baseline;target;source;note";

function problemsOf(content: string): IndicatorCsvProblem[] {
  try {
    parseIndicatorCsv(content);
  } catch (error) {
    if (error instanceof IndicatorCsvError) return error.problems;
    throw error;
  }
  throw new Error("expected the file to be rejected");
}

describe("parseIndicatorCsv", () => {
  it("reads a semicolon file with decimal commas, a byte-order mark and Windows line ends", () => {
    const file = parseIndicatorCsv(
      `\uFEFF${HEADER}\r\nOZPS_X;20;2020;6,9;;;OZPS 2020;\r\n\r\nWPRES_Y;2061;2021;1 250;1000;1500,5;;"uwaga; ważna"\r\n`,
    );
    expect(file.optionalColumns).toEqual(["baseline", "target", "source", "note"]);
    expect(file.rows).toEqual([
      {
        line: 2,
        indicatorCode: "OZPS_X",
        territorialUnitCode: "20",
        year: 2020,
        value: 6.9,
        baseline: null,
        target: null,
        source: "OZPS 2020",
        note: "",
      },
      {
        line: 4,
        indicatorCode: "WPRES_Y",
        territorialUnitCode: "2061",
        year: 2021,
        value: 1250,
        baseline: 1000,
        target: 1500.5,
        source: "",
        note: "uwaga; ważna",
      },
    ]);
  });

  it("reads a comma file with Polish headers in any order and restores a dropped leading zero", () => {
    const file = parseIndicatorCsv(
      'Rok,Wartość,Kod TERYT,Wskaźnik\n2024,"6,9",201,OZPS_X\n2024,7.5,2,OZPS_X\n',
    );
    expect(file.optionalColumns).toEqual([]);
    expect(file.rows.map((row) => [row.territorialUnitCode, row.value])).toEqual([
      ["0201", 6.9],
      ["02", 7.5],
    ]);
  });

  it("names the line and column of every problem", () => {
    expect(
      problemsOf(
        [
          HEADER,
          "OZPS_X;20;2020;6,9;;;;",
          "OZPS X;2O;20;abc;x;;;",
          "OZPS_X;20;2020;7;;;;",
          "OZPS_X;20;2021;7;;;",
        ].join("\n"),
      ),
    ).toEqual([
      { line: 3, column: "indicator", message: 'must be an indicator code (got "OZPS X")' },
      { line: 3, column: "teryt", message: 'must be a TERYT code of 2, 4 or 7 digits (got "2O")' },
      { line: 3, column: "year", message: 'must be a year from 1990 to 2100 (got "20")' },
      { line: 3, column: "value", message: 'must be a number such as 6,9 or 1 250 (got "abc")' },
      { line: 3, column: "baseline", message: 'must be empty or a number (got "x")' },
      { line: 4, column: "year", message: "OZPS_X for 20 in 2020 repeats line 2" },
      { line: 5, column: "line", message: "must have 8 fields (has 7)" },
    ]);
  });

  it("hints at quoting when a comma file has an unquoted decimal comma", () => {
    expect(problemsOf("indicator,teryt,year,value\nOZPS_X,20,2020,6,9")[0]).toMatchObject({
      line: 2,
      column: "line",
      message: expect.stringContaining('must be quoted ("6,9")'),
    });
  });

  it("rejects a bad header, an unclosed quote and a file without values", () => {
    expect(problemsOf("indicator;teryt;rok;valeu")).toEqual([
      { line: 1, column: "header", message: 'unknown column "valeu"' },
      { line: 1, column: "header", message: "the column value is missing" },
    ]);
    expect(problemsOf(`${HEADER}\n\nOZPS_X;20;2020;1;;;"open;\nmore`)).toEqual([
      { line: 3, column: "line", message: 'a quoted value is not closed (missing ")' },
    ]);
    expect(problemsOf(`${HEADER}\n;;;;;;;\n`)).toEqual([
      { line: 2, column: "file", message: "the file has no values" },
    ]);
    expect(problemsOf("")).toEqual([{ line: 1, column: "header", message: "the file is empty" }]);
  });

  it("counts lines of a value that spans lines from where its record starts", () => {
    const problems = problemsOf(`${HEADER}\nOZPS_X;20;2020;1;;;;"two\nlines"\nOZPS_X;20;2021;x;;;;`);
    expect(problems).toEqual([{ line: 4, column: "value", message: expect.any(String) }]);
  });
});

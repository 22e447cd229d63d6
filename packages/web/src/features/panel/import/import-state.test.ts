import { describe, expect, it } from "vitest";
import { importCounts, importProblemsOf } from "./import-state";

describe("import problems", () => {
  it("reads the line and column of ['csv', line, column] errors and sorts them by line", () => {
    expect(
      importProblemsOf([
        { field: ["csv", "5", "costKind"], message: "must be one of FREE, PAID" },
        { field: ["csv", "3", "serviceType"], message: "is not a service type" },
        { field: ["csv"], message: "has no rows to import" },
      ]),
    ).toEqual([
      { line: null, column: null, message: "has no rows to import" },
      { line: 3, column: "serviceType", message: "is not a service type" },
      { line: 5, column: "costKind", message: "must be one of FREE, PAID" },
    ]);
  });

  it("keeps an error whose path names no line as one about the whole file", () => {
    expect(importProblemsOf([{ field: ["csv", "header"], message: "x" }])).toEqual([
      { line: null, column: null, message: "x" },
    ]);
  });
});

describe("import counts", () => {
  it("counts lines by what happens to them", () => {
    const line = (action: "CREATED" | "UPDATED" | "UNCHANGED", n: number) => ({
      line: n,
      action,
      label: `r${n}`,
      href: null,
    });
    expect(importCounts([line("CREATED", 2), line("UPDATED", 3), line("CREATED", 4)])).toEqual({
      CREATED: 2,
      UPDATED: 1,
      UNCHANGED: 0,
    });
  });
});

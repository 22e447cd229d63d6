import { describe, expect, it } from "vitest";
import { displayValue, fieldChanges } from "./field-diff";

describe("fieldChanges", () => {
  it("lists only the fields that differ, with Polish labels", () => {
    expect(
      fieldChanges(
        { name: "Stara nazwa", nip: "5252248481", areaCodes: ["2002"] },
        { name: "Nowa nazwa", nip: "5252248481", areaCodes: ["2002", "2003"] },
      ),
    ).toEqual([
      { field: "name", label: "Nazwa", before: "Stara nazwa", after: "Nowa nazwa" },
      { field: "areaCodes", label: "Obszar działania (TERYT)", before: '["2002"]', after: '["2002","2003"]' },
    ]);
  });

  it("treats a missing side as empty and empty values as no value", () => {
    expect(fieldChanges(null, { title: "Klub seniora", description: "", languages: [] })).toEqual([
      { field: "title", label: "Tytuł", before: null, after: "Klub seniora" },
    ]);
    expect(fieldChanges({ shortName: null }, { shortName: "" })).toEqual([]);
  });

  it("compares objects whatever the order of their keys", () => {
    expect(fieldChanges({ offerings: [{ a: 1, b: 2 }] }, { offerings: [{ b: 2, a: 1 }] })).toEqual([]);
    expect(displayValue({ b: 2, a: [1] })).toBe('{"a":[1],"b":2}');
  });

  it("compares only the fields asked for, and labels unknown fields by name", () => {
    expect(fieldChanges({ x: 1, name: "a" }, { x: 2, name: "b" }, ["x"])).toEqual([
      { field: "x", label: "x", before: "1", after: "2" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { csvField, csvLine, jsonRecord } from "./open-data-formats";

describe("open-data formats", () => {
  it("quotes CSV fields only when they need it and doubles their quotes", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(12.5)).toBe("12.5");
    expect(csvField("Fundacja „Razem”, Białystok")).toBe('"Fundacja „Razem”, Białystok"');
    expect(csvField('Klub "Senior"')).toBe('"Klub ""Senior"""');
    expect(csvField("linia 1\nlinia 2")).toBe('"linia 1\nlinia 2"');
    expect(csvLine(["a", null, true])).toBe("a,,true\r\n");
  });

  it("writes a JSON record with every column, missing values as null", () => {
    expect(JSON.parse(jsonRecord(["id", "name", "nip"], ["X", "Łapy"]))).toEqual({
      id: "X",
      name: "Łapy",
      nip: null,
    });
  });
});

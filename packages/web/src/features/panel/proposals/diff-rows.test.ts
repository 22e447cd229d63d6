import { describe, expect, it } from "vitest";
import { diffRows, displayDiffValue } from "./diff-rows";

describe("displayDiffValue", () => {
  it("keeps plain text and says (brak) for nothing", () => {
    expect(displayDiffValue("Spółdzielnia [socjalna]")).toBe("Spółdzielnia [socjalna]");
    expect(displayDiffValue(null)).toBe("(brak)");
    expect(displayDiffValue("")).toBe("(brak)");
  });

  it("writes out the API's JSON of lists, objects and yes/no", () => {
    expect(displayDiffValue('["SENIORS","FAMILIES"]')).toBe("SENIORS, FAMILIES");
    expect(displayDiffValue("true")).toBe("tak");
    expect(displayDiffValue("false")).toBe("nie");
    expect(
      displayDiffValue(
        '[{"cpvCodes":[],"description":"","kind":"SERVICE","name":"Catering"},{"name":"Druk"}]',
      ),
    ).toBe("kind: SERVICE, name: Catering; name: Druk");
  });

  it("keeps text that only looks like JSON", () => {
    expect(displayDiffValue("[nieudany nawias")).toBe("[nieudany nawias");
  });
});

describe("diffRows", () => {
  it("names every change in words: added, removed or changed", () => {
    const rows = diffRows([
      { field: "shortName", label: "Nazwa skrócona", before: null, after: "Razem" },
      { field: "website", label: "Strona internetowa", before: "https://a.pl", after: null },
      { field: "description", label: "Opis", before: "Stary", after: "Nowy" },
    ]);
    expect(rows.map((row) => [row.label, row.kindLabel, row.before, row.after])).toEqual([
      ["Nazwa skrócona", "dodano", "(brak)", "Razem"],
      ["Strona internetowa", "usunięto", "https://a.pl", "(brak)"],
      ["Opis", "zmieniono", "Stary", "Nowy"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { costParts, costText } from "./service-card-cost";
import { serviceLabels } from "./service-labels";

describe("costText", () => {
  it("says a free service is free, never with a price", () => {
    expect(costText({ kind: "FREE", amount: null, unit: null })).toBe("Bezpłatna");
    expect(costText({ kind: "FREE", amount: 0, unit: "zł/godz." })).toBe("Bezpłatna");
  });

  it("gives the price of a paid service when there is one", () => {
    expect(costText({ kind: "PAID", amount: 25, unit: "zł/godz." })).toBe("Odpłatna: 25 zł/godz.");
    expect(costText({ kind: "PARTLY_PAID", amount: 12.5, unit: "za posiłek" })).toBe(
      "Częściowo odpłatna: 12,5 zł za posiłek",
    );
    expect(costText({ kind: "INCOME_DEPENDENT", amount: null, unit: null })).toBe(
      "Odpłatność zależna od dochodu",
    );
  });
});

describe("costParts", () => {
  it("names the kind in the page's language and keeps the record's price", () => {
    expect(costParts({ kind: "PAID", amount: 25, unit: "zł/godz." }, serviceLabels("en").costKinds)).toEqual({
      sentence: "Paid",
      price: "25 zł/godz.",
    });
    expect(costParts({ kind: "FREE", amount: 0, unit: null }, serviceLabels("uk").costKinds)).toEqual({
      sentence: "Безоплатна",
      price: null,
    });
  });
});

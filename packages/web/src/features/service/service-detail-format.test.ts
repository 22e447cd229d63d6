import { describe, expect, it } from "vitest";
import { ageRangeText, languageList, priceText } from "./service-detail-format";

describe("languageList", () => {
  it("names languages in Polish, Polish Sign Language included", () => {
    expect(languageList(["pl", "uk", "pjm"])).toBe("polski, ukraiński, polski język migowy (PJM)");
    expect(languageList(["en"])).toBe("angielski");
  });

  it("keeps a code it cannot name", () => {
    expect(languageList(["pl", "qqq"])).toBe("polski, qqq");
  });
});

describe("ageRangeText", () => {
  it("words the limits with the right case of 'rok'", () => {
    expect(ageRangeText(null, null)).toBeNull();
    expect(ageRangeText(60, null)).toBe("od 60 lat");
    expect(ageRangeText(null, 17)).toBe("do 17 lat");
    expect(ageRangeText(18, 25)).toBe("od 18 do 25 lat");
    expect(ageRangeText(1, 3)).toBe("od 1 roku do 3 lat");
    expect(ageRangeText(0, 1)).toBe("od 0 do 1 roku");
  });
});

describe("priceText", () => {
  it("writes the amount in Polish with the unit as given", () => {
    expect(priceText(null, "zł/godz.")).toBeNull();
    expect(priceText(25, "zł/godz.")).toBe("25 zł/godz.");
    expect(priceText(12.5, "za posiłek")).toBe("12,5 zł za posiłek");
    expect(priceText(30, null)).toBe("30 zł");
  });
});

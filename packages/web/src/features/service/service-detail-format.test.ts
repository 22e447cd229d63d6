import { describe, expect, it } from "vitest";
import { languageList, priceText } from "./service-detail-format";

describe("languageList", () => {
  it("names languages in Polish, Polish Sign Language included", () => {
    expect(languageList(["pl", "uk", "pjm"])).toBe("polski, ukraiński, polski język migowy (PJM)");
    expect(languageList(["en"])).toBe("angielski");
  });

  it("names them in the page's language", () => {
    expect(languageList(["pl", "uk", "pjm"], "en")).toBe("Polish, Ukrainian, Polish Sign Language (PJM)");
    expect(languageList(["uk", "fr"], "uk")).toBe("українська, французька");
    expect(languageList(["fr"])).toBe("francuski");
  });

  it("keeps a code it cannot name", () => {
    expect(languageList(["pl", "qqq"])).toBe("polski, qqq");
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

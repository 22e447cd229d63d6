import { describe, expect, it } from "vitest";
import { stemPolishText, stemPolishWord, toSearchQuery } from "./polish-stemmer";
import { meilisearchSynonyms } from "./synonyms";

describe("stemPolishText", () => {
  it.each([
    ["opieka", "opieki", "opiekę", "opieką", "opiekuńcze"],
    ["usługi", "usług", "usługach", "usługami"],
    ["niepełnosprawność", "niepełnosprawnością", "niepełnosprawnościami"],
    ["społeczna", "społecznej", "społecznego", "społeczny"],
    ["Sokółka", "Sokółce", "Sokółki"],
    ["udar", "udarze"],
    ["wytchnieniowa", "wytchnieniowe", "wytchnieniowych"],
  ])("gives inflected forms of %s one stem", (...forms) => {
    expect(new Set(forms.map(stemPolishText)).size).toBe(1);
  });

  it("folds, lower-cases and drops stop words", () => {
    expect(stemPolishText("Opieka nad mamą po udarze w Łapach")).toBe("opiek mam udar lap");
  });

  it("keeps short words and acronyms whole", () => {
    expect(["dps", "sds", "cis", "ops", "pcpr"].map(stemPolishWord)).toEqual([
      "dps",
      "sds",
      "cis",
      "ops",
      "pcpr",
    ]);
  });
});

describe("meilisearchSynonyms", () => {
  it("links acronyms with their folded and stemmed expansions, both ways", () => {
    const synonyms = meilisearchSynonyms();
    expect(synonyms["dps"]).toEqual(["dom pomocy spolecznej", "dom pomoc spoleczn"]);
    expect(synonyms["dom pomoc spoleczn"]).toContain("dps");
    expect(synonyms["sds"]).toContain("srodowiskowy dom samopomocy");
    expect(synonyms["mops"]).toContain("osrodek pomocy spolecznej");
  });

  it("holds folded keys only", () => {
    for (const [key, values] of Object.entries(meilisearchSynonyms())) {
      for (const term of [key, ...values]) expect(term).toMatch(/^[a-z0-9 ]+$/);
    }
  });
});

describe("toSearchQuery", () => {
  it("sends stems first, then the folded words that differ from them", () => {
    expect(toSearchQuery("Mieszkań wspomaganych")).toBe("mieszkan wspomagan wspomaganych");
    expect(toSearchQuery("DPS w Białymstoku")).toBe("dps bialymstok bialymstoku");
  });
});

import { foldPolish } from "@obserwatorium/schema";
import { describe, expect, it } from "vitest";
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, snippetSegments } from "./document-snippet";

describe("snippetSegments", () => {
  const original = "Wstęp. Gmina Łapy zapewnia usługi wytchnieniowe dla opiekunów. Koniec.";
  const folded = foldPolish(original);

  it("cuts the same window from the original text, with the matches marked", () => {
    const formatted = `Gmina ${S}Lapy${E} zapewnia uslugi ${S}wytchnieniowe${E}`;
    expect(snippetSegments(formatted, original, folded)).toEqual([
      { text: "… ", highlighted: false },
      { text: "Gmina ", highlighted: false },
      { text: "Łapy", highlighted: true },
      { text: " zapewnia usługi ", highlighted: false },
      { text: "wytchnieniowe", highlighted: true },
      { text: " …", highlighted: false },
    ]);
  });

  it("falls back to the folded window when it cannot be placed", () => {
    expect(snippetSegments(`${S}abc${E} d`, original, folded)).toEqual([
      { text: "abc", highlighted: true },
      { text: " d", highlighted: false },
    ]);
  });
});

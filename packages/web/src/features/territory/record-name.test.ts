import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { withRecordName } from "./record-name";

const html = (text: string, name: string, lang: string | undefined) =>
  renderToStaticMarkup(createElement(Fragment, null, withRecordName(text, name, lang)));

describe("withRecordName", () => {
  it("marks the Polish name inside a sentence of another language", () => {
    expect(html("Łapy municipality (gmina) — social services", "Łapy", "pl")).toBe(
      '<span lang="pl">Łapy</span> municipality (gmina) — social services',
    );
    expect(html("Повіт (powiat) białostocki", "białostocki", "pl")).toBe(
      'Повіт (powiat) <span lang="pl">białostocki</span>',
    );
  });

  it("leaves the text alone on a Polish page or when the name is not in it", () => {
    expect(html("Gmina Łapy", "Łapy", undefined)).toBe("Gmina Łapy");
    expect(html("Voivodeship podlaskie", "mazowieckie", "pl")).toBe("Voivodeship podlaskie");
    expect(html("Voivodeship", "", "pl")).toBe("Voivodeship");
  });
});

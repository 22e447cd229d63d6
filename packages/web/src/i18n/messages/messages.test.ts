import { describe, expect, it } from "vitest";
import { LOCALES } from "../locales";
import { getMessages } from "./index";
import { pl } from "./pl";

type Entry = [key: string, value: unknown];

/** Every leaf of a dictionary with its dotted key ("home.heading"). */
function leaves(value: unknown, prefix = ""): Entry[] {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, value]];
}

describe("messages", () => {
  const reference = leaves(pl).map(([key]) => key);

  it.each(LOCALES)("%s has every key of the Polish dictionary, none empty, and nothing more", (locale) => {
    const entries = leaves(getMessages(locale));
    expect(entries.map(([key]) => key).sort()).toEqual([...reference].sort());
    for (const [key, value] of entries) {
      if (typeof value === "function") {
        const text: unknown = value(3, "x");
        expect(typeof text === "string" && text.trim().length > 0, key).toBe(true);
      } else {
        expect(typeof value === "string" && value.trim().length > 0, key).toBe(true);
      }
    }
  });

  it("translates: English and Ukrainian differ from Polish where the UI speaks", () => {
    for (const locale of ["en", "uk"] as const) {
      const messages = getMessages(locale);
      expect(messages.home.heading).not.toBe(pl.home.heading);
      expect(messages.nav.services).not.toBe(pl.nav.services);
      expect(messages.notFound.title).not.toBe(pl.notFound.title);
    }
  });

  it("counts in each language's plural forms", () => {
    expect(getMessages("pl").home.servicesCount(1500)).toBe("W katalogu: 1500 usług");
    expect(getMessages("pl").home.servicesCount(22)).toBe("W katalogu: 22 usługi");
    expect(getMessages("en").home.servicesCount(1)).toBe("In the catalogue: 1 service");
    expect(getMessages("uk").home.servicesCount(2)).toBe("У каталозі: 2 послуги");
    expect(getMessages("uk").home.servicesCount(5)).toBe("У каталозі: 5 послуг");
    expect(getMessages("uk").home.servicesCount(21)).toBe("У каталозі: 21 послуга");
  });
});

import { describe, expect, it } from "vitest";
import { announceResults } from "@/features/navigation/results-announcement";
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

  it("counts services found and map pins in each language's plural forms", () => {
    expect(getMessages("pl").services.found(1)).toBe("Znaleziono 1 usługę");
    expect(getMessages("pl").services.found(1500)).toBe("Znaleziono 1500 usług");
    expect(getMessages("en").services.found(1)).toBe("Found 1 service");
    expect(getMessages("en").services.found(1500)).toBe("Found 1,500 services");
    expect(getMessages("uk").services.found(3)).toBe("Знайдено 3 послуги");
    expect(getMessages("uk").services.found(11)).toBe("Знайдено 11 послуг");
    expect(getMessages("uk").services.found(21)).toBe("Знайдено 21 послугу");
    expect(getMessages("pl").serviceMap.caption(22)).toBe("Na mapie: 22 usługi z tej strony wyników");
    expect(getMessages("uk").services.noSuchPage(9, 1)).toBe(
      "Сторінки 9 немає — результати вміщуються на 1 сторінці.",
    );
  });

  it("words age limits with the case each language needs", () => {
    const pl = getMessages("pl").service.audience.ageRange;
    expect([pl(60, null), pl(null, 17), pl(18, 25), pl(1, 3), pl(0, 1)]).toEqual([
      "od 60 lat",
      "do 17 lat",
      "od 18 do 25 lat",
      "od 1 roku do 3 lat",
      "od 0 do 1 roku",
    ]);
    const en = getMessages("en").service.audience.ageRange;
    expect([en(60, null), en(null, 1), en(18, 25)]).toEqual([
      "60 years and over",
      "up to 1 year",
      "from 18 to 25 years",
    ]);
    const uk = getMessages("uk").service.audience.ageRange;
    expect([uk(60, null), uk(null, 21), uk(18, 25), uk(null, 11)]).toEqual([
      "від 60 років",
      "до 21 року",
      "від 18 до 25 років",
      "до 11 років",
    ]);
  });

  it("translates the catalogue and the service page", () => {
    for (const locale of ["en", "uk"] as const) {
      const messages = getMessages(locale);
      expect(messages.services.heading).not.toBe(pl.services.heading);
      expect(messages.service.apply.heading).not.toBe(pl.service.apply.heading);
      expect(messages.service.hours.weekdays).toHaveLength(7);
      expect(messages.service.hours.weekdays).not.toEqual(pl.service.hours.weekdays);
    }
  });

  it("counts and announces site search results in each language", () => {
    const announce = (locale: "pl" | "en" | "uk", total: number, page: number, pages: number) =>
      announceResults({ total, page, pages, words: getMessages(locale).search });
    expect(announce("pl", 0, 1, 1)).toBe("Brak wyników: nie znaleziono żadnych wyników.");
    expect(announce("pl", 42, 2, 3)).toBe("Znaleziono 42 wyniki, strona 2 z 3.");
    expect(announce("en", 1, 1, 1)).toBe("Found 1 result.");
    expect(announce("en", 1500, 9, 2)).toBe("Found 1,500 results. There is no page 9.");
    expect(announce("uk", 21, 1, 1)).toBe("Знайдено 21 результат.");
    expect(announce("uk", 5, 1, 1)).toBe("Знайдено 5 результатів.");
    expect(getMessages("uk").search.types.SERVICE.plural).toBe("Послуги");
  });

  it("marks what the ROPS has yet to supply the same way in every language", () => {
    expect(getMessages("pl").toFill("numer telefonu")).toBe("[do uzupełnienia przez ROPS: numer telefonu]");
    expect(getMessages("en").toFill("phone number")).toBe("[to be completed by ROPS: phone number]");
    expect(getMessages("uk").toFill("номер телефону")).toBe("[має доповнити ROPS: номер телефону]");
  });
});

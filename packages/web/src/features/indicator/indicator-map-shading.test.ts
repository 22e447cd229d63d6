import { describe, expect, it } from "vitest";
import { mapValueTexts, shadeClass } from "./indicator-map-shading";
import { valueClasses } from "./value-classes";

describe("shadeClass", () => {
  const classes = valueClasses([0, 14]);

  it("shades by class, light text on the two darkest shades, a pattern for no data", () => {
    expect(shadeClass(0, classes)).toEqual({ className: "indicator-shade-0", lightText: false });
    expect(shadeClass(10, classes)).toEqual({ className: "indicator-shade-3", lightText: true });
    expect(shadeClass(14, classes)).toEqual({ className: "indicator-shade-4", lightText: true });
    expect(shadeClass(null, classes)).toEqual({ className: "indicator-shade-none", lightText: false });
  });
});

describe("mapValueTexts", () => {
  it("writes the value alone on the map and with the unit in the title", () => {
    const noData = { short: "b.d.", full: "brak danych" };
    expect(mapValueTexts(7.2, "województwo podlaskie", 1, "%", "pl", noData)).toEqual({
      short: "7,2",
      title: "województwo podlaskie: 7,2%",
    });
    expect(mapValueTexts(null, "powiat sejneński", 1, "%", "pl", noData)).toEqual({
      short: "b.d.",
      title: "powiat sejneński: brak danych",
    });
  });

  it("writes the value in the page's language and words a missing one as told", () => {
    expect(
      mapValueTexts(1234.5, "miasto Białystok", 1, "osób", "en", { short: "n/a", full: "no data" }),
    ).toEqual({
      short: "1,234.5",
      title: "miasto Białystok: 1,234.5 osób",
    });
    expect(
      mapValueTexts(undefined, "powiat bielski", 0, "%", "uk", { short: "н/д", full: "немає даних" }),
    ).toEqual({
      short: "н/д",
      title: "powiat bielski: немає даних",
    });
  });
});

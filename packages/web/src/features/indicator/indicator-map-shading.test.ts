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
    expect(mapValueTexts(7.2, "województwo podlaskie", 1, "%")).toEqual({
      short: "7,2",
      title: "województwo podlaskie: 7,2%",
    });
    expect(mapValueTexts(null, "powiat sejneński", 1, "%")).toEqual({
      short: "brak danych",
      title: "powiat sejneński: brak danych",
    });
  });
});

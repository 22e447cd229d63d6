import { describe, expect, it } from "vitest";
import { classOf, shadeOf, valueClasses, valueDecimals } from "./value-classes";

describe("valueDecimals", () => {
  it("is the precision of the most precise value, at most 2", () => {
    expect(valueDecimals([3, 12, 0])).toBe(0);
    expect(valueDecimals([7.2, 6, 5.9])).toBe(1);
    expect(valueDecimals([0.25, 1])).toBe(2);
    expect(valueDecimals([1 / 3])).toBe(2);
  });
});

describe("valueClasses", () => {
  it("splits the range into five classes of equal width at the data's precision", () => {
    const classes = valueClasses([4.5, 6.1, 8.5, 7]);
    expect(classes).toEqual({
      decimals: 1,
      classes: [
        { low: 4.5, high: 5.2 },
        { low: 5.3, high: 6 },
        { low: 6.1, high: 6.9 },
        { low: 7, high: 7.7 },
        { low: 7.8, high: 8.5 },
      ],
    });
    expect([4.5, 5.2, 5.3, 6.9, 7, 8.5].map((value) => classOf(value, classes))).toEqual([0, 0, 1, 2, 3, 4]);
  });

  it("puts every whole number into exactly one class", () => {
    const classes = valueClasses([0, 14]);
    expect(classes.classes).toEqual([
      { low: 0, high: 2 },
      { low: 3, high: 5 },
      { low: 6, high: 8 },
      { low: 9, high: 11 },
      { low: 12, high: 14 },
    ]);
    for (let value = 0; value <= 14; value++) expect(classOf(value, classes)).not.toBeNull();
  });

  it("makes fewer classes when the values are too close, one when they are all equal", () => {
    expect(valueClasses([1, 3]).classes).toEqual([
      { low: 1, high: 1 },
      { low: 2, high: 2 },
      { low: 3, high: 3 },
    ]);
    expect(valueClasses([5, 5]).classes).toEqual([{ low: 5, high: 5 }]);
    expect(valueClasses([]).classes).toEqual([]);
  });

  it("has no class for a missing value", () => {
    expect(classOf(null, valueClasses([1, 2]))).toBeNull();
  });
});

describe("shadeOf", () => {
  it("uses the whole scale whatever the number of classes", () => {
    expect([0, 1, 2, 3, 4].map((index) => shadeOf(index, 5))).toEqual([0, 1, 2, 3, 4]);
    expect([0, 1, 2].map((index) => shadeOf(index, 3))).toEqual([0, 2, 4]);
    expect(shadeOf(0, 1)).toBe(2);
  });
});

import { describe, expect, it } from "vitest";
import { formInputReader } from "./form-input";

describe("formInputReader", () => {
  it("turns blanks into null and trims text", () => {
    const read = formInputReader({ name: "  Spółdzielnia  ", shortName: "   " });
    expect(read.text("name")).toBe("Spółdzielnia");
    expect(read.text("shortName")).toBeNull();
    expect(read.text("missing")).toBeNull();
    expect(read.errors).toEqual({});
  });

  it("puts an error at a blank required field", () => {
    const read = formInputReader({ name: "" });
    expect(read.required("name")).toBe("");
    expect(read.errors).toEqual({ name: "To pole jest wymagane." });
  });

  it("parses whole numbers, decimals with a comma, and refuses the rest", () => {
    const read = formInputReader({ a: " 1 200 ", b: "12a", c: "53,13", d: "x", e: "" });
    expect(read.int("a")).toBe(1200);
    expect(read.int("b")).toBeNull();
    expect(read.decimal("c")).toBe(53.13);
    expect(read.decimal("d")).toBeNull();
    expect(read.int("e")).toBeNull();
    expect(Object.keys(read.errors)).toEqual(["b", "d"]);
  });

  it("accepts real dates only", () => {
    const read = formInputReader({ ok: "2026-02-28", bad: "2026-02-30", text: "jutro" });
    expect(read.date("ok")).toBe("2026-02-28");
    expect(read.date("bad")).toBeNull();
    expect(read.date("text")).toBeNull();
    expect(Object.keys(read.errors)).toEqual(["bad", "text"]);
  });

  it("splits lists and reads checkboxes", () => {
    const read = formInputReader({ codes: "2001, 2002;2001\n2003", active: "true", other: "false" });
    expect(read.list("codes")).toEqual(["2001", "2002", "2003"]);
    expect(read.list("none")).toEqual([]);
    expect(read.flag("active")).toBe(true);
    expect(read.flag("other")).toBe(false);
  });

  it("collects the filled rows of a repeatable group in order, skipping blank ones", () => {
    const read = formInputReader({
      "offerings.10.name": "Catering",
      "offerings.0.name": "Szycie",
      "offerings.0.kind": "SERVICE",
      "offerings.1.name": " ",
      "offerings.1.kind": "PRODUCT",
      "offerings.2.cpvCodes": "55520000-1",
      "offeringsX.3.name": "nie ta grupa",
    });
    expect(read.rows("offerings", ["name", "description", "cpvCodes"])).toEqual([0, 2, 10]);
  });
});

import { describe, expect, it } from "vitest";
import { externalUrl, telephoneHref } from "./contact-links";

describe("externalUrl", () => {
  it("links http(s) addresses, reading a bare host as https", () => {
    expect(externalUrl("https://example.org/")).toEqual({
      href: "https://example.org/",
      label: "example.org",
    });
    expect(externalUrl("example.org/o-nas")).toEqual({
      href: "https://example.org/o-nas",
      label: "example.org/o-nas",
    });
  });

  it("never links another scheme", () => {
    expect(externalUrl("javascript:alert(1)")).toBeNull();
    expect(externalUrl("data:text/html,x")).toBeNull();
    expect(externalUrl("")).toBeNull();
  });
});

describe("telephoneHref", () => {
  it("dials Polish numbers as written", () => {
    expect(telephoneHref("+48 870 202 999")).toBe("tel:+48870202999");
    expect(telephoneHref("85 123 45 67")).toBe("tel:+48851234567");
  });

  it("refuses what is not a phone number", () => {
    expect(telephoneHref("zadzwoń")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { absoluteUrl, serializeJsonLd } from "./json-ld";

describe("serializeJsonLd", () => {
  it("keeps text from closing the script and still parses to the same data", () => {
    const data = { "@type": "Organization", name: 'Fundacja </script><script>alert("x")</script> & Co' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(data);
  });

  it("escapes the line separators JavaScript once treated as line ends and leaves out undefined fields", () => {
    const json = serializeJsonLd({ name: "a\u2028b\u2029c", description: undefined });
    expect(json).toBe('{"name":"a\\u2028b\\u2029c"}');
  });
});

describe("absoluteUrl", () => {
  it("joins the base and a path with one slash", () => {
    expect(absoluteUrl("https://obserwatorium.pl", "/uslugi")).toBe("https://obserwatorium.pl/uslugi");
    expect(absoluteUrl("https://obserwatorium.pl", "dane")).toBe("https://obserwatorium.pl/dane");
  });
});

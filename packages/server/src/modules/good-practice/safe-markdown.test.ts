import { describe, expect, it } from "vitest";
import { isSafeLinkTarget, renderSafeMarkdown } from "./safe-markdown";

/** Names of the attributes of every rendered tag; values are always double-quoted and escaped. */
function attributeNames(html: string): string[] {
  return [...html.matchAll(/<[a-z][a-z0-9]*((?:\s[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/gi)].flatMap((tag) =>
    [...(tag[1] ?? "").matchAll(/\s([^\s=>]+)(?:="[^"]*")?/g)].map((attribute) => attribute[1]!),
  );
}

describe("renderSafeMarkdown", () => {
  it("renders headings, lists and links", () => {
    const html = renderSafeMarkdown(
      "# Cel\n\nOpis **projektu**.\n\n## Działania\n\n- spotkania\n- warsztaty\n\n[ROPS](https://rops-bialystok.pl/)",
    );
    expect(html).toContain("<h2>Cel</h2>");
    expect(html).toContain("<h3>Działania</h3>");
    expect(html).toContain("<li>spotkania</li>");
    expect(html).toContain('<a href="https://rops-bialystok.pl/" rel="noopener noreferrer">ROPS</a>');
  });

  it("starts headings at h2 whatever level the body starts at, and never goes below h6", () => {
    expect(renderSafeMarkdown("### Wyniki\n\n#### Liczby")).toBe("<h2>Wyniki</h2>\n<h3>Liczby</h3>\n");
    expect(renderSafeMarkdown("# A\n\n###### F")).toContain("<h6>F</h6>");
  });

  it("keeps a script tag as inert, escaped text", () => {
    const html = renderSafeMarkdown('Tekst <script>alert("x")</script>\n\n<script>\nalert(1)\n</script>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("makes event-handler attributes impossible", () => {
    const html = renderSafeMarkdown(
      '<img src=x onerror=alert(1)>\n\n<a href="https://a.pl" onclick="alert(1)">a</a>\n\n' +
        '[tytuł](https://a.pl "x\\" onmouseover=\\"alert(1)") ![obraz](https://a.pl/x.png)',
    );
    expect(attributeNames(html).sort()).toEqual(["href", "href", "href", "rel", "rel", "rel", "title"]);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("does not link javascript:, data:, vbscript:, file: or relative targets", () => {
    for (const target of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "/admin",
      "//evil.example",
    ]) {
      const html = renderSafeMarkdown(`[kliknij](${target}) <${target}>`);
      expect(html, target).not.toContain("<a");
    }
  });

  it("gives rel=noopener to every link, typed or recognised, and never a target", () => {
    const html = renderSafeMarkdown(
      "[a](http://a.pl) <https://b.pl> https://c.pl d@example.pl [e](mailto:e@example.pl)",
    );
    const anchors = html.match(/<a [^>]*>/g) ?? [];
    expect(anchors).toHaveLength(5);
    for (const anchor of anchors) {
      expect(anchor).toContain('rel="noopener noreferrer"');
      expect(anchor).not.toContain("target=");
    }
  });
});

describe("isSafeLinkTarget", () => {
  it("accepts absolute http, https and mailto addresses only", () => {
    expect(isSafeLinkTarget("https://example.pl/a?b=c")).toBe(true);
    expect(isSafeLinkTarget("mailto:biuro@example.pl")).toBe(true);
    expect(isSafeLinkTarget("ftp://example.pl")).toBe(false);
    expect(isSafeLinkTarget("https://")).toBe(false);
  });
});

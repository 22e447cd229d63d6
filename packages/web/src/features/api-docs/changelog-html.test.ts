import { describe, expect, it } from "vitest";
import { renderChangelog } from "./changelog-html";

describe("renderChangelog", () => {
  it("drops the title, keeps the sections under the page's h1 and escapes raw HTML", () => {
    const html = renderChangelog(
      "# Changelog\n\n## [Unreleased]\n\n### Breaking\n\n- `Query.x(first:)` <script>alert(1)</script>\n",
    );
    expect(html).not.toContain("<h1>");
    expect(html).toContain("<h2>[Unreleased]</h2>");
    expect(html).toContain("<h3>Breaking</h3>");
    expect(html).toContain("<code>Query.x(first:)</code>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script>");
  });

  it("keeps web links and turns repository paths into plain text", () => {
    const html = renderChangelog(
      "See [the schema](schema.graphql), [Keep a Changelog](https://keepachangelog.com/) and [x](javascript:alert(1)).",
    );
    expect(html).toContain('<a href="https://keepachangelog.com/">Keep a Changelog</a>');
    expect(html).toContain("See the schema,");
    expect(html).not.toContain("schema.graphql");
    expect(html).not.toContain('href="javascript:');
  });
});

import { describe, expect, it } from "vitest";
import { safePanelPath } from "./current-user";

describe("safePanelPath", () => {
  it("keeps panel paths with their query", () => {
    expect(safePanelPath("/panel")).toBe("/panel");
    expect(safePanelPath("/panel/propozycje/abc?status=PENDING")).toBe(
      "/panel/propozycje/abc?status=PENDING",
    );
  });

  it("sends anything else to the dashboard: other sites, other pages, tricks", () => {
    for (const value of [
      "https://evil.example/panel",
      "//evil.example/panel",
      "/panel//evil.example",
      "/uslugi",
      "/panelx",
      "/panel\\@evil",
      "javascript:alert(1)",
      undefined,
      42,
    ]) {
      expect(safePanelPath(value), String(value)).toBe("/panel");
    }
  });
});

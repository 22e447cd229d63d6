import { describe, expect, it } from "vitest";
import { currentSection, navFor } from "./panel-nav";

describe("panel navigation", () => {
  it("shows a representative only the dashboard and proposals, an admin the users too", () => {
    expect(navFor("ORGANIZATION_REP").map((item) => item.href)).toEqual([
      "/panel",
      "/panel/moj-podmiot",
      "/panel/propozycje",
    ]);
    expect(navFor("EDITOR").map((item) => item.href)).not.toContain("/panel/uzytkownicy");
    expect(navFor("EDITOR").map((item) => item.href)).not.toContain("/panel/moj-podmiot");
    expect(navFor("ADMIN").map((item) => item.href)).toContain("/panel/uzytkownicy");
    expect(navFor("ADMIN").map((item) => item.href)).toContain("/panel/klucze-api");
    expect(navFor("EDITOR").map((item) => item.href)).not.toContain("/panel/klucze-api");
    expect(navFor("EDITOR").map((item) => item.href)).toContain("/panel/wydarzenia");
    expect(navFor("ORGANIZATION_REP").map((item) => item.href)).not.toContain("/panel/wydarzenia");
  });

  it("marks the section of a nested page, and the dashboard only on /panel", () => {
    expect(currentSection("/panel")).toBe("/panel");
    expect(currentSection("/panel/uslugi/abc/edycja")).toBe("/panel/uslugi");
    expect(currentSection("/panel/uslugix")).toBeNull();
  });
});

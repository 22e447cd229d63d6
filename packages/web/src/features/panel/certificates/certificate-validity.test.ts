import { describe, expect, it } from "vitest";
import { expiryText } from "./certificate-validity";

const today = "2026-03-10";
const of = (status: "ACTIVE" | "EXPIRED" | "NOT_YET_VALID" | "REVOKED", validFrom: string, validTo: string) =>
  expiryText({ status, validFrom, validTo }, today);

describe("expiryText", () => {
  it("counts the days left, in Polish plural forms", () => {
    expect(of("ACTIVE", "2025-04-01", "2026-03-11")).toBe("wygasa za 1 dzień");
    expect(of("ACTIVE", "2025-04-01", "2026-03-12")).toBe("wygasa za 2 dni");
    expect(of("ACTIVE", "2025-04-01", "2026-04-09")).toBe("wygasa za 30 dni");
    expect(of("ACTIVE", "2025-04-01", "2026-03-10")).toBe("wygasa dziś");
  });

  it("says how long ago an expired one ended, and when a future one starts", () => {
    expect(of("EXPIRED", "2025-01-01", "2026-03-07")).toBe("wygasł 3 dni temu");
    expect(of("NOT_YET_VALID", "2026-03-15", "2027-03-14")).toBe("zacznie obowiązywać za 5 dni");
    expect(of("REVOKED", "2025-04-01", "2026-04-09")).toBe("cofnięty");
  });
});

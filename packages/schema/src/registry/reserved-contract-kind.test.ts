import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LEGAL_FORMS } from "./legal-form";
import { PES_TYPES } from "./pes-type";
import {
  cpvCodeRoot,
  parseCpvCodeList,
  qualifiesForSocialIntegrationContract,
  SOCIAL_INTEGRATION_LEGAL_FORMS,
  SOCIAL_INTEGRATION_PES_TYPES,
} from "./reserved-contract-kind";

describe("art. 94 Pzp kinds", () => {
  it("names only values of the vocabularies", () => {
    for (const form of SOCIAL_INTEGRATION_LEGAL_FORMS) expect(LEGAL_FORMS).toContain(form);
    for (const type of SOCIAL_INTEGRATION_PES_TYPES) expect(PES_TYPES).toContain(type);
  });

  it.each([
    ["SOCIAL_COOPERATIVE", "PES", true],
    ["ASSOCIATION", "CIS", true],
    ["FOUNDATION", "ZAZ", true],
    ["WORKERS_COOPERATIVE", "ZPCHR", true],
    ["FOUNDATION", "PES", false],
    ["PUBLIC_BODY", "NOT_PES", false],
  ] as const)("%s + %s → %s", (legalForm, pesType, expected) => {
    expect(qualifiesForSocialIntegrationContract({ legalForm, pesType })).toBe(expected);
  });
});

describe("CPV code lists", () => {
  it("reads the art. 361 list without its header", () => {
    const codes = parseCpvCodeList(
      readFileSync(new URL("./cpv-reserved-public-service-contracts.csv", import.meta.url), "utf8"),
    );
    expect(codes).toHaveLength(115);
    expect(codes).toContain("85312000-9");
    expect(codes).not.toContain("cpv");
  });

  it("compares codes without the check digit", () => {
    expect(cpvCodeRoot(" 85312000-9")).toBe("85312000");
  });
});

import { describe, expect, it } from "vitest";
import type { RegisterInput } from "./dto/register.input";
import { validateRegistration } from "./registration.validation";

const valid: RegisterInput = {
  eventId: "x",
  name: "  Anna   Nowak ",
  email: " Anna.Nowak@ops-lapy.example.pl ",
  institution: "MOPS  w Łapach",
  role: "SOCIAL_WORKERS",
  gminaCode: "2002063",
  accessibilityNeeds: ["DIETARY_NEEDS", "DIETARY_NEEDS"],
  accessibilityNote: " bez glutenu ",
  consent: true,
  consentVersion: "v1",
};

describe("validateRegistration", () => {
  it("tidies the text and keeps the e-mail as typed (compared without case later)", () => {
    const { errors, normalized } = validateRegistration(valid, "v1");
    expect(errors).toEqual([]);
    expect(normalized).toMatchObject({
      name: "Anna Nowak",
      email: "Anna.Nowak@ops-lapy.example.pl",
      institution: "MOPS w Łapach",
      accessibilityNeeds: ["DIETARY_NEEDS"],
      accessibilityNote: "bez glutenu",
    });
  });

  it("names every problem at its input field", () => {
    const { errors } = validateRegistration(
      { ...valid, name: " ", email: "nie-mail", institution: "", gminaCode: "20", consent: false },
      "v1",
    );
    expect(errors.map((error) => error.field.join("."))).toEqual([
      "input.name",
      "input.email",
      "input.institution",
      "input.gminaCode",
      "input.consent",
    ]);
  });

  it("refuses a consent given to another wording", () => {
    const { errors } = validateRegistration({ ...valid, consentVersion: "v0" }, "v1");
    expect(errors).toEqual([
      { field: ["input", "consentVersion"], message: expect.stringMatching(/current wording/) },
    ]);
  });
});

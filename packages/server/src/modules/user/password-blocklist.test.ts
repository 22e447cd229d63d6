import { describe, expect, it } from "vitest";
import { breachedPasswordProblem } from "./password-blocklist";

const owner = { email: "anna.nowak@example.pl", displayName: "Anna Nowak" };
const problem = (password: string) => breachedPasswordProblem(password, owner);

describe("breachedPasswordProblem", () => {
  it("refuses the commonly breached passwords however they are decorated", () => {
    for (const password of [
      "password1234",
      "P@ssw0rd2026!",
      "passwordpassword",
      "1q2w3e4r5t6y",
      "zaq1@WSX3edc",
      "Qwertyuiop123",
      "hasło123456!",
      "Obserwatorium2026",
      "kochamcie1234",
    ]) {
      expect(problem(password), password).toBe("is one of the most commonly used passwords; choose another");
    }
  });

  it("refuses digits only, repetition, and the owner's own name or address", () => {
    expect(problem("123456789012")).toBe("must contain letters, not only digits and symbols");
    expect(problem("aaaaaaaaaaaa")).toBe("is too repetitive; choose another");
    expect(problem("abababab1212")).toBe("is too repetitive; choose another");
    expect(problem("anna.nowak1234")).toBe("must not be made of your name or e-mail address");
    expect(problem("NowakAnna!2026")).toBe("must not be made of your name or e-mail address");
  });

  it("accepts passphrases, also ones that contain a common word", () => {
    for (const password of [
      "correct horse battery staple",
      "zielona łąka nad Narwią",
      "my password is a long sentence",
      "Anna lubi pierogi z jagodami",
    ]) {
      expect(problem(password), password).toBeNull();
    }
  });
});

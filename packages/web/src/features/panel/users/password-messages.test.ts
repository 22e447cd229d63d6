import { describe, expect, it } from "vitest";
import { passwordMessage } from "./password-messages";

describe("password messages", () => {
  it("says the API's password refusals in Polish", () => {
    expect(passwordMessage("must be at least 12 characters long")).toBe(
      "Hasło musi mieć co najmniej 12 znaków.",
    );
    expect(passwordMessage("is one of the most commonly used passwords; choose another")).toContain(
      "wyciekach danych",
    );
    expect(passwordMessage("must not be made of your name or e-mail address")).toContain("imienia");
  });

  it("shows an unknown reason as it came", () => {
    expect(passwordMessage("is odd")).toBe("is odd");
  });
});

import { describe, expect, it } from "vitest";
import { accountDoneMessage, accountRefusalMessage } from "./account-messages";

describe("account messages", () => {
  it("says what happened to whose account", () => {
    expect(accountDoneMessage("deactivate", "Jan Nowak")).toMatch(/^Dezaktywowano konto „Jan Nowak”/);
    expect(accountDoneMessage("reactivate", "Jan Nowak")).toMatch(/^Przywrócono konto „Jan Nowak”/);
    expect(accountDoneMessage("end-sessions", "Jan Nowak", 2)).toBe(
      "Zakończono 2 sesje konta „Jan Nowak”: ta osoba musi zalogować się ponownie.",
    );
    expect(accountDoneMessage("end-sessions", "Jan Nowak", 5)).toMatch(/^Zakończono 5 sesji/);
    expect(accountDoneMessage("end-sessions", "Jan Nowak", 0)).toBe(
      "Konto „Jan Nowak” nie miało otwartych sesji.",
    );
  });

  it("says the API's refusals in Polish", () => {
    expect(accountRefusalMessage("is your own account; another administrator must deactivate it")).toMatch(
      /własnego konta/,
    );
    expect(
      accountRefusalMessage("is the last active administrator; make another administrator first"),
    ).toMatch(/ostatnie aktywne konto administratora/);
    expect(accountRefusalMessage("no user has this ID")).toBe("Nie ma takiego konta — odśwież stronę.");
    expect(accountRefusalMessage("is odd")).toBe("Nie zmieniono konta: is odd.");
  });
});

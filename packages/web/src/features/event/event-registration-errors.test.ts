import { describe, expect, it } from "vitest";
import { localRegistrationErrors, rejectedRegistrationState } from "./event-registration-errors";
import { EMPTY_REGISTRATION_VALUES } from "./event-registration-state";

const typed = { ...EMPTY_REGISTRATION_VALUES, name: "Anna", email: "anna@example.pl", institution: "MOPS" };

describe("rejectedRegistrationState", () => {
  it("words the API's errors at their fields and keeps what was typed", () => {
    const state = rejectedRegistrationState(typed, [
      { field: ["input", "email"], message: "is already registered for this event" },
      { field: ["input", "consent"], message: "must be given to register" },
    ]);
    expect(state.status).toBe("rejected");
    expect(state.values).toBe(typed);
    expect(state.fieldErrors.email).toMatch(/^Ten adres e-mail jest już zapisany na to wydarzenie/);
    expect(state.fieldErrors.consent).toBe("Aby się zapisać, zaznacz zgodę na przetwarzanie danych.");
    expect(state.formError).toBeNull();
  });

  it("tells a closed window, an event not open yet, a changed consent and the rate limit apart", () => {
    const closed = rejectedRegistrationState(typed, [
      { field: ["input", "eventId"], message: "registration for this event is closed" },
    ]);
    expect(closed.formError).toBe("Zapisy na to wydarzenie są już zamknięte.");
    const early = rejectedRegistrationState(
      typed,
      [{ field: ["input", "eventId"], message: "registration for this event has not opened yet" }],
      "en",
    );
    expect(early.formError).toBe("Registration for this event has not started yet.");
    const consent = rejectedRegistrationState(
      typed,
      [{ field: ["input", "consentVersion"], message: "x" }],
      "uk",
    );
    expect(consent.fieldErrors.consent).toMatch(/^Текст згоди змінився/);
    expect(rejectedRegistrationState(typed, [{ field: [], message: "too many" }]).formError).toMatch(
      /zbyt wiele zapisów/,
    );
  });
});

describe("localRegistrationErrors", () => {
  it("reports a missing role together with the other empty fields, before asking the API", () => {
    expect(localRegistrationErrors(typed, true)).toBeNull();
    const state = localRegistrationErrors({ ...typed, name: " " }, false);
    expect(Object.keys(state!.fieldErrors).sort()).toEqual(["consent", "name", "role"]);
  });
});

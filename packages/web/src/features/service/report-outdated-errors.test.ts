import { describe, expect, it } from "vitest";
import { getMessages } from "@/i18n/messages";
import { failedReportState, rejectedReportState } from "./report-outdated-errors";

const typed = (message: string, contact = "") => ({ message, contact });

describe("rejectedReportState", () => {
  it("explains a message that is too short, counting what was typed, and keeps the text", () => {
    const state = rejectedReportState(typed("  za mało "), [{ field: ["message"] }]);
    expect(state.status).toBe("rejected");
    expect(state.values.message).toBe("  za mało ");
    expect(state.fieldErrors).toEqual({
      message: "Opis jest za krótki — napisz co najmniej 10 znaków (teraz: 7).",
    });
    expect(state.formError).toBeNull();
  });

  it("asks for a description when the message is empty and for a reachable contact", () => {
    const state = rejectedReportState(typed("", "nie wiem"), [
      { field: ["message"] },
      { field: ["contact"] },
    ]);
    expect(state.fieldErrors.message).toBe("Opisz, co jest nieaktualne.");
    expect(state.fieldErrors.contact).toMatch(/^Wpisz adres e-mail .* albo numer telefonu/);
  });

  it("turns the empty path into the rate-limit message and an unknown service into a form error", () => {
    expect(rejectedReportState(typed("Godziny są inne."), [{ field: [] }]).formError).toBe(
      "Wysłano zbyt wiele zgłoszeń z tego adresu. Spróbuj ponownie później.",
    );
    expect(rejectedReportState(typed("Godziny są inne."), [{ field: ["serviceId"] }]).formError).toMatch(
      /^Tej usługi nie ma już w katalogu/,
    );
  });
});

describe("rejectedReportState in another language", () => {
  it("words the errors in the form's language", () => {
    const state = rejectedReportState(typed("Za mało"), [{ field: ["message"] }, { field: [] }], "uk");
    expect(state.fieldErrors.message).toBe(getMessages("uk").service.reportErrors.messageTooShort(10, 7));
    expect(state.fieldErrors.message).toMatch(/^Опис занадто короткий.*\(зараз: 7\)\.$/);
    expect(state.formError).toBe(getMessages("uk").service.reportErrors.rateLimited);
    expect(failedReportState(typed(""), "en").formError).toMatch(/temporarily unavailable/);
  });
});

describe("failedReportState", () => {
  it("keeps the typed text and says the service is unavailable", () => {
    const state = failedReportState(typed("Godziny są inne.", "85 123 45 67"));
    expect(state.values).toEqual(typed("Godziny są inne.", "85 123 45 67"));
    expect(state.formError).toMatch(/chwilowo niedostępny/);
  });
});

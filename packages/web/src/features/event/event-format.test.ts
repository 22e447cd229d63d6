import { describe, expect, it } from "vitest";
import { getMessages } from "@/i18n/messages";
import { registrationText, venueText } from "./event-format";

const pl = getMessages("pl").events.state;

describe("registrationText", () => {
  it("says in words whether one can register and how many places are left", () => {
    expect(registrationText({ registrationState: "OPEN", placesLeft: 12 }, pl)).toBe(
      "zapisy otwarte — 12 wolnych miejsc",
    );
    expect(registrationText({ registrationState: "OPEN", placesLeft: 1 }, pl)).toBe(
      "zapisy otwarte — 1 wolne miejsce",
    );
    expect(registrationText({ registrationState: "OPEN", placesLeft: null }, pl)).toBe(
      "zapisy otwarte — bez limitu miejsc",
    );
    expect(registrationText({ registrationState: "WAITING_LIST_ONLY", placesLeft: 0 }, pl)).toBe(
      "brak wolnych miejsc — zapis na listę rezerwową",
    );
    expect(registrationText({ registrationState: "CLOSED" }, getMessages("en").events.state)).toBe(
      "registration closed",
    );
  });
});

describe("venueText", () => {
  it("joins the parts given", () => {
    expect(
      venueText({
        name: "Sala konferencyjna",
        streetAddress: "ul. Główna 1",
        postalCode: "18-100",
        city: "Łapy",
      }),
    ).toBe("Sala konferencyjna, ul. Główna 1, 18-100 Łapy");
    expect(venueText({ city: "Białystok" })).toBe("Białystok");
  });
});

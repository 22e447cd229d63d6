import { describe, expect, it } from "vitest";
import { rejectedFormState } from "../forms/form-state";
import { polishApiMessage, userErrorsForForm } from "./api-messages";

describe("polishApiMessage", () => {
  it("words the API's known messages in Polish and keeps unknown ones", () => {
    expect(polishApiMessage("must not be empty")).toBe("nie może być puste");
    expect(polishApiMessage("must be at most 300 characters")).toBe("może mieć najwyżej 300 znaków");
    expect(polishApiMessage("must be 2026-03-31: this mark is granted for 12 months")).toBe(
      "musi być 2026-03-31: ten znak przyznaje się na 12 miesięcy",
    );
    expect(polishApiMessage("something new")).toBe("something new");
  });
});

describe("userErrorsForForm", () => {
  const fields = [
    "nip",
    "offerings.0.name",
    "offerings.2.name",
    "offerings.2.cpvCodes",
    "coordinates.latitude",
  ];

  it("puts list items, objects and renumbered rows at the form's fields", () => {
    const errors = userErrorsForForm(
      [
        { field: ["input", "nip"], message: "has an invalid check digit" },
        { field: ["input", "offerings", "1", "cpvCodes", "0"], message: "must be in the format NNNNNNNN-N" },
        { field: ["input", "offerings", "1", "name"], message: "must not be empty" },
        { field: ["input", "coordinates"], message: "must lie in Poland" },
        { field: ["input"], message: "an identifier or the slug is already used by another organization" },
      ],
      fields,
      { offerings: [0, 2] },
    );
    const state = rejectedFormState({}, errors, fields);
    expect(state.fieldErrors).toEqual({
      nip: "ma nieprawidłową cyfrę kontrolną — sprawdź, czy nie ma literówki",
      "offerings.2.cpvCodes": "kod CPV musi mieć postać NNNNNNNN-N, np. 55520000-1",
      "offerings.2.name": "nie może być puste",
      "coordinates.latitude": "must lie in Poland",
    });
    expect(state.formErrors).toEqual(["NIP, REGON, KRS albo adres strony (slug) ma już inny podmiot"]);
  });
});

import { describe, expect, it } from "vitest";
import { applyEdits, editFormFields } from "./review-edits";

const proposed = {
  name: "Spółdzielnia Razem",
  description: "Nowy opis",
  address: { streetAddress: "ul. Długa 1", postalCode: "00-001", city: "Warszawa", gminaCode: "1465011" },
  contact: { email: "biuro@razem.pl", phone: null },
  offerings: [{ kind: "SERVICE", name: "Catering" }],
};

describe("editFormFields", () => {
  it("offers the changed fields it can edit, named by their input path and pre-filled", () => {
    const fields = editFormFields("ORGANIZATION", proposed, [
      { field: "description", label: "Opis" },
      { field: "postalCode", label: "Kod pocztowy" },
      { field: "phone", label: "Telefon" },
      { field: "offerings", label: "Oferowane produkty i usługi" },
    ]);
    expect(fields).toEqual([
      { name: "organization.description", label: "Opis", value: "Nowy opis", multiline: true, number: false },
      {
        name: "organization.address.postalCode",
        label: "Kod pocztowy",
        value: "00-001",
        multiline: false,
        number: false,
      },
      { name: "organization.contact.phone", label: "Telefon", value: "", multiline: false, number: false },
    ]);
  });

  it("maps a service's flat diff names to the nested input", () => {
    const fields = editFormFields("SERVICE", { cost: { kind: "PAID", amount: 12.5 } }, [
      { field: "costAmount", label: "Kwota (zł)" },
    ]);
    expect(fields[0]).toMatchObject({ name: "service.cost.amount", value: "12.5", number: true });
  });
});

describe("applyEdits", () => {
  it("puts the editor's values into a copy of the proposal and keeps everything else", () => {
    const { values: edited, fieldErrors } = applyEdits("ORGANIZATION", proposed, {
      "organization.description": "Opis po redakcji",
      "organization.address.postalCode": "00-002",
      "organization.nip": "ignored: not an editable field",
      dalej: "/panel",
    });
    expect(edited).toEqual({
      ...proposed,
      description: "Opis po redakcji",
      address: { ...proposed.address, postalCode: "00-002" },
    });
    expect(fieldErrors).toEqual({});
    expect(proposed.description).toBe("Nowy opis");
  });

  it("reads numbers with a Polish comma, empty as null, and refuses nonsense at its field", () => {
    const base = { cost: { kind: "PAID", amount: 10 } };
    expect(applyEdits("SERVICE", base, { "service.cost.amount": "12,50" }).values).toEqual({
      cost: { kind: "PAID", amount: 12.5 },
    });
    expect(applyEdits("SERVICE", base, { "service.cost.amount": " " }).values).toEqual({
      cost: { kind: "PAID", amount: null },
    });
    expect(applyEdits("SERVICE", base, { "service.cost.amount": "dużo" }).fieldErrors).toEqual({
      "service.cost.amount": "Wpisz liczbę, np. 12,50.",
    });
  });
});

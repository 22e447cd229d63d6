import { describe, expect, it } from "vitest";
import { fieldId, fieldOfErrorPath, formValues, rejectedFormState } from "./form-state";

describe("rejectedFormState", () => {
  it("puts each API error at its field and the ones the form lacks above it", () => {
    const state = rejectedFormState(
      { name: "x" },
      [
        { field: ["input", "name"], message: "jest za krótka" },
        { field: ["input", "address", "postalCode"], message: "ma zły format" },
        { field: ["input", "nip"], message: "ma złą sumę kontrolną" },
        { field: [], message: "Rekord zmienił się w międzyczasie" },
      ],
      ["name", "address.postalCode"],
    );
    expect(state.status).toBe("rejected");
    expect(state.fieldErrors).toEqual({ name: "jest za krótka", "address.postalCode": "ma zły format" });
    expect(state.formErrors).toEqual(["nip: ma złą sumę kontrolną", "Rekord zmienił się w międzyczasie"]);
    expect(state.values).toEqual({ name: "x" });
  });

  it("keeps the first error of a field", () => {
    const state = rejectedFormState(
      {},
      [
        { field: ["input", "name"], message: "pierwszy" },
        { field: ["input", "name"], message: "drugi" },
      ],
      ["name"],
    );
    expect(state.fieldErrors.name).toBe("pierwszy");
  });
});

describe("fieldOfErrorPath", () => {
  it("drops the input wrapper only at the start", () => {
    expect(fieldOfErrorPath(["edits", "title"])).toBe("title");
    expect(fieldOfErrorPath(["id"])).toBe("id");
    expect(fieldOfErrorPath(["csv", "3", "nip"])).toBe("csv.3.nip");
  });
});

describe("formValues and fieldId", () => {
  it("keeps text fields, drops files and Next's action fields", () => {
    const data = new FormData();
    data.append("name", "Spółdzielnia");
    data.append("$ACTION_ID_abc", "");
    data.append("file", new Blob(["x"]), "a.pdf");
    expect(formValues(data)).toEqual({ name: "Spółdzielnia" });
  });

  it("makes ids safe for href fragments", () => {
    expect(fieldId("address.postalCode")).toBe("pole-address-postalCode");
  });
});

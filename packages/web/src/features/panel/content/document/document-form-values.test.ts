import { describe, expect, it } from "vitest";
import { documentInputFromForm } from "./document-form-values";

describe("documentInputFromForm", () => {
  it("types the values: blank as null, years, dates, tags, the act only when any part is given", () => {
    const result = documentInputFromForm({
      title: " Lokalny plan deinstytucjonalizacji ",
      kind: "LPDI",
      stage: "ADOPTED",
      summary: "",
      tags: "DI, usługi społeczne,\n seniorzy ",
      territorialUnitCode: "2002034",
      periodFromYear: "2025",
      periodToYear: " 2027 ",
      inForceFrom: "2025-03-01",
      inForceTo: "",
      "act.body": "Rada Miejska w Łapach",
      "act.number": "",
      "act.date": "2025-02-20",
      organizationIds: "T3JnYW5pemF0aW9uOjE= T3JnYW5pemF0aW9uOjI=",
      serviceIds: "",
    });
    expect(result).toEqual({
      ok: true,
      input: {
        title: "Lokalny plan deinstytucjonalizacji",
        kind: "LPDI",
        stage: "ADOPTED",
        summary: null,
        tags: ["DI", "usługi społeczne", "seniorzy"],
        territorialUnitCode: "2002034",
        periodFromYear: 2025,
        periodToYear: 2027,
        inForceFrom: "2025-03-01",
        inForceTo: null,
        repealedOn: null,
        act: { body: "Rada Miejska w Łapach", number: null, date: "2025-02-20" },
        organizationIds: ["T3JnYW5pemF0aW9uOjE=", "T3JnYW5pemF0aW9uOjI="],
        serviceIds: [],
      },
    });
  });

  it("leaves a blank title for the API to name, and refuses what cannot be sent at its field", () => {
    expect(documentInputFromForm({ title: "", kind: "OTHER", stage: "DRAFT" })).toMatchObject({
      ok: true,
      input: { title: "", act: null },
    });
    const refused = documentInputFromForm({ kind: "PAMPHLET", stage: "", periodFromYear: "dwa tysiące" });
    expect(!refused.ok && Object.keys(refused.errors).sort()).toEqual(["kind", "periodFromYear", "stage"]);
  });
});

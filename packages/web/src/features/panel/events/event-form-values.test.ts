import { describe, expect, it } from "vitest";
import { keptValues } from "../content/shared/kept-values";
import { eventUserErrors } from "./event-fields";
import { EVENT_LIST_FIELDS, eventInputFromForm } from "./event-form-values";

function valuesOf(entries: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return keptValues(form, EVENT_LIST_FIELDS);
}

describe("eventInputFromForm", () => {
  it("types the values, keeps Warsaw wall-clock times and merges checked and typed IDs", () => {
    const result = eventInputFromForm(
      valuesOf([
        ["kind", "TRAINING"],
        ["title", " Superwizja w praktyce "],
        ["slug", ""],
        ["summary", "Szkolenie dla pracowników socjalnych."],
        ["descriptionMarkdown", "## Program\n\n- 10:00 start"],
        ["audiences", "SOCIAL_WORKERS"],
        ["audiences", "CUS_STAFF"],
        ["topics", "SUPERVISION"],
        ["startsAt", "2026-12-03T10:00"],
        ["endsAt", "2026-12-03 14:30"],
        ["venue.name", "Sala ROPS"],
        ["venue.streetAddress", "ul. Wiejska 1"],
        ["venue.postalCode", "15-001"],
        ["venue.city", "Białystok"],
        ["venue.gminaCode", "2061011"],
        ["venue.latitude", "53,1325"],
        ["venue.longitude", "23.1688"],
        ["onlineUrl", ""],
        ["capacity", "30"],
        ["registrationOpensAt", ""],
        ["registrationClosesAt", "2026-12-01T23:59"],
        ["organizerId", ""],
        ["organizerName", "ROPS w Białymstoku"],
        ["documentIds", "RG9jOjE"],
        ["otherDocumentIds", "RG9jOjI RG9jOjE"],
        ["otherGoodPracticeIds", ""],
      ]),
    );
    expect(result).toEqual({
      ok: true,
      rowIndexes: {},
      input: {
        kind: "TRAINING",
        title: "Superwizja w praktyce",
        slug: null,
        summary: "Szkolenie dla pracowników socjalnych.",
        descriptionMarkdown: "## Program\n\n- 10:00 start",
        audiences: ["SOCIAL_WORKERS", "CUS_STAFF"],
        topics: ["SUPERVISION"],
        serviceAreas: [],
        targetGroups: [],
        startsAt: "2026-12-03T10:00",
        endsAt: "2026-12-03T14:30",
        venue: {
          name: "Sala ROPS",
          streetAddress: "ul. Wiejska 1",
          postalCode: "15-001",
          city: "Białystok",
          gminaCode: "2061011",
          latitude: 53.1325,
          longitude: 23.1688,
        },
        onlineUrl: null,
        capacity: 30,
        registrationOpensAt: null,
        registrationClosesAt: "2026-12-01T23:59",
        organizerId: null,
        organizerName: "ROPS w Białymstoku",
        documentIds: ["RG9jOjE", "RG9jOjI"],
        goodPracticeIds: [],
      },
    });
  });

  it("sends no place when every place field is blank, and no typed name beside a chosen organizer", () => {
    const result = eventInputFromForm(
      valuesOf([
        ["kind", "SEMINAR"],
        ["venue.city", " "],
        ["onlineUrl", "https://spotkanie.example.pl/abc"],
        ["organizerId", "T3JnOjE"],
        ["organizerName", "ROPS"],
      ]),
    );
    expect(result.ok && result.input.venue).toBeNull();
    expect(result.ok && [result.input.organizerId, result.input.organizerName]).toEqual(["T3JnOjE", null]);
  });

  it("refuses an unknown kind and a capacity that is not a number at their fields", () => {
    const result = eventInputFromForm(
      valuesOf([
        ["kind", "PICNIC"],
        ["capacity", "dużo"],
      ]),
    );
    expect(!result.ok && result.errors).toEqual({
      kind: "Wybierz rodzaj wydarzenia.",
      capacity: "Wpisz liczbę całkowitą, np. 12.",
    });
  });
});

describe("eventUserErrors", () => {
  it("words the API's refusals in Polish and puts the missing place at the city", () => {
    expect(
      eventUserErrors([
        { field: ["input", "venue"], message: "give a place or an online address (onlineUrl)" },
        { field: ["input", "endsAt"], message: "must be after the start" },
      ]),
    ).toEqual([
      { field: ["input", "venue", "city"], message: "podaj miejsce albo adres wydarzenia online" },
      { field: ["input", "endsAt"], message: "musi być późniejszy niż początek" },
    ]);
  });
});

describe("eventUserErrors for linked records", () => {
  it("puts a wrong linked record at the field of typed IDs", () => {
    expect(
      eventUserErrors([{ field: ["input", "goodPracticeIds", "1"], message: "no GoodPractice has this ID" }]),
    ).toEqual([
      { field: ["input", "otherGoodPracticeIds"], message: "jednego z rekordów nie ma albo jest w archiwum" },
    ]);
  });
});

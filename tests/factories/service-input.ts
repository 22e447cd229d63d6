/** A valid ServiceInput provided by `providerId` (a global ID), in gmina Łapy; tests override the rest. */
export function serviceInput(providerId: string | null, overrides: Record<string, unknown> = {}) {
  return {
    title: "Klub seniora w Łapach",
    description: "Spotkania, gimnastyka i wycieczki dla osób starszych.",
    serviceType: "SENIOR_CLUB",
    providerId,
    targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
    cost: { kind: "FREE" },
    howToApply: { text: "Przyjdź w godzinach otwarcia.", requiredDocuments: [] },
    deliveryModes: ["ON_SITE"],
    languages: ["pl"],
    areaCodes: ["2002063"],
    locations: [
      {
        name: "Dom Kultury",
        address: { streetAddress: "ul. Główna 1", postalCode: "18-100", city: "Łapy", gminaCode: "2002063" },
        coordinates: { latitude: 52.9945, longitude: 22.8845 },
        openingHours: [{ weekday: 1, opens: "10:00", closes: "14:00" }],
        exceptions: [{ date: "2026-12-24", closed: true, note: "Wigilia" }],
      },
    ],
    lastVerifiedAt: "2026-10-01",
    lastVerifiedSource: "telefonicznie",
    ...overrides,
  };
}

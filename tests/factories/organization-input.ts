/** A valid OrganizationInput; tests override what they exercise. NIP/REGON have correct check digits. */
export function organizationInput(overrides: Record<string, unknown> = {}) {
  return {
    name: "Spółdzielnia Socjalna „Testowe Smaki”",
    shortName: "Testowe Smaki",
    legalForm: "SOCIAL_COOPERATIVE",
    pesType: "PES",
    nip: "5252248481",
    regon: "123456785",
    krs: "0000123456",
    address: { streetAddress: "ul. Lipowa 1", postalCode: "15-427", city: "Białystok", gminaCode: "2061011" },
    coordinates: { latitude: 53.1325, longitude: 23.1688 },
    areaCodes: ["2002"],
    contact: { email: "biuro@testowe-smaki.pl", phone: "85 123 45 67", website: "https://testowe-smaki.pl" },
    description: "Catering dla szkół i urzędów.",
    employeeCount: 8,
    employeesAtRiskCount: 4,
    offerings: [{ kind: "SERVICE", name: "Catering na uroczystości", cpvCodes: ["55520000-1"] }],
    lastVerifiedAt: "2026-10-01",
    lastVerifiedSource: "telefonicznie",
    ...overrides,
  };
}

import { OFFERING_ROW_FIELDS } from "./organization-form-input";

/** The organization form's fields (named by their API input paths) with their labels. */
export const ORGANIZATION_FIELD_LABELS: Record<string, string> = {
  name: "Nazwa",
  shortName: "Nazwa skrócona",
  slug: "Adres strony (slug)",
  legalForm: "Forma prawna",
  pesType: "Rodzaj podmiotu",
  foundingBody: "Podmiot tworzący",
  nip: "NIP",
  regon: "REGON",
  krs: "Numer KRS",
  isActive: "Podmiot prowadzi działalność",
  "address.streetAddress": "Ulica i numer",
  "address.postalCode": "Kod pocztowy",
  "address.city": "Miejscowość",
  "address.gminaCode": "Kod TERYT gminy siedziby",
  "coordinates.latitude": "Szerokość geograficzna",
  "coordinates.longitude": "Długość geograficzna",
  areaCodes: "Obszar działania (kody TERYT)",
  "contact.email": "Adres e-mail",
  "contact.phone": "Telefon",
  "contact.website": "Strona internetowa",
  employeeCount: "Liczba zatrudnionych",
  employeesAtRiskCount: "Liczba zatrudnionych zagrożonych wykluczeniem społecznym",
  description: "Opis działalności",
  lastVerifiedAt: "Data ostatniego sprawdzenia danych",
  lastVerifiedSource: "Jak sprawdzono dane",
};

const OFFERING_LABELS: Record<string, string> = {
  kind: "rodzaj",
  name: "nazwa",
  description: "opis",
  cpvCodes: "kody CPV",
};

/** Every field of a form with `rows` offering rows, with labels for the error summary. */
export function organizationFormLabels(rows: number): Record<string, string> {
  const labels = { ...ORGANIZATION_FIELD_LABELS };
  for (let row = 0; row < rows; row++) {
    for (const field of ["kind", ...OFFERING_ROW_FIELDS]) {
      labels[`offerings.${row}.${field}`] = `Oferta ${row + 1}: ${OFFERING_LABELS[field]}`;
    }
  }
  return labels;
}

/** How many offering rows the form shows: the stored ones and one empty row to add another. */
export const offeringRowCount = (stored: number) => stored + 1;

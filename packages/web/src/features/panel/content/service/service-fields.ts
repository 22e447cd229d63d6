import { WEEKDAY_NAMES } from "@/features/service/opening-hours-format";
import { WEEKDAYS } from "./service-form-values";

export const SERVICE_FIELD_LABELS: Record<string, string> = {
  title: "Nazwa usługi",
  slug: "Adres strony (slug)",
  description: "Opis",
  serviceType: "Rodzaj usługi",
  providerId: "Usługodawca",
  targetGroups: "Dla kogo",
  deliveryModes: "Forma realizacji",
  accessibilityFeatures: "Dostępność",
  languages: "Języki",
  areaCodes: "Obszar działania (kody TERYT)",
  "cost.kind": "Odpłatność",
  "cost.amount": "Cena w złotych",
  "cost.unit": "Za co jest cena",
  "cost.explanation": "Zasady odpłatności",
  "eligibility.text": "Kto może skorzystać",
  "eligibility.minAge": "Wiek od",
  "eligibility.maxAge": "Wiek do",
  "eligibility.disabilityCertificateRequired": "Potrzebne orzeczenie o niepełnosprawności",
  "eligibility.incomeCriterion": "Obowiązuje kryterium dochodowe",
  "eligibility.residenceRequired": "Tylko dla mieszkańców obszaru działania",
  "howToApply.text": "Jak skorzystać",
  "howToApply.requiredDocuments": "Potrzebne dokumenty",
  waitingTimeText: "Miejsca i czas oczekiwania",
  legalBasis: "Podstawa prawna",
  validFrom: "Obowiązuje od",
  validTo: "Obowiązuje do",
  lastVerifiedAt: "Data sprawdzenia danych",
  lastVerifiedSource: "Jak sprawdzono dane",
  locations: "Miejsca",
};

export const LOCATION_FIELD_LABELS: Record<string, string> = {
  name: "Nazwa miejsca",
  "address.streetAddress": "Ulica i numer",
  "address.postalCode": "Kod pocztowy",
  "address.city": "Miejscowość",
  "address.gminaCode": "Kod TERYT gminy",
  "coordinates.latitude": "Szerokość geograficzna",
  "coordinates.longitude": "Długość geograficzna",
};

/** The Polish name of an ISO weekday (1 = Monday). */
export const weekdayName = (weekday: number) => WEEKDAY_NAMES[weekday - 1] ?? String(weekday);

/** Every field of the form with the rows posted, labelled for the error summary. */
export function serviceFormLabels(rows: readonly number[]): Record<string, string> {
  const labels = { ...SERVICE_FIELD_LABELS };
  for (const row of rows) {
    const place = `Miejsce ${row + 1}`;
    for (const [field, label] of Object.entries(LOCATION_FIELD_LABELS))
      labels[`locations.${row}.${field}`] = `${place}: ${label.toLowerCase()}`;
    labels[`locations.${row}.openingHours`] = `${place}: godziny otwarcia`;
    labels[`locations.${row}.exceptions`] = `${place}: dni o innych godzinach`;
    for (const weekday of WEEKDAYS) {
      labels[`locations.${row}.openingHours.${weekday}.opens`] =
        `${place}: ${weekdayName(weekday)}, otwarcie`;
      labels[`locations.${row}.openingHours.${weekday}.closes`] =
        `${place}: ${weekdayName(weekday)}, zamknięcie`;
    }
  }
  return labels;
}

/** The location rows a posted form had. */
export function postedLocationRows(values: Record<string, string>): number[] {
  const rows = new Set<number>();
  for (const name of Object.keys(values)) {
    const match = /^locations\.(\d{1,3})\./.exec(name);
    if (match) rows.add(Number(match[1]));
  }
  return [...rows].sort((a, b) => a - b);
}

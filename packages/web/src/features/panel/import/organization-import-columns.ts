import { LEGAL_FORM_LABELS, PES_TYPE_LABELS } from "@/features/organization/labels";
import type { ImportColumn } from "./import-column";

const column = (
  name: string,
  required: boolean,
  description: string,
  example: string,
  allowed?: Readonly<Record<string, string>>,
): ImportColumn => ({ name, required, description, example, ...(allowed ? { allowed } : {}) });

/**
 * The columns of `importOrganizationsCsv`, in the template's order. A line whose NIP, else REGON,
 * else KRS names a stored organization updates it; columns the file lacks keep their values.
 */
export const ORGANIZATION_IMPORT_COLUMNS: readonly ImportColumn[] = [
  column("name", true, "Pełna nazwa podmiotu.", "Spółdzielnia Socjalna „Smaki Podlasia”"),
  column("shortName", false, "Nazwa skrócona.", "Smaki Podlasia"),
  column(
    "slug",
    false,
    "Końcówka adresu w serwisie; pusta — powstaje z nazwy albo zostaje dotychczasowa.",
    "",
  ),
  column("legalForm", true, "Forma prawna.", "SOCIAL_COOPERATIVE", LEGAL_FORM_LABELS),
  column("pesType", true, "Rodzaj podmiotu ekonomii społecznej.", "PES", PES_TYPE_LABELS),
  column(
    "nip",
    false,
    "NIP (10 cyfr, myślniki dozwolone); po nim import rozpoznaje podmiot.",
    "525-224-84-81",
  ),
  column("regon", false, "REGON (9 lub 14 cyfr); rozpoznaje podmiot, gdy brak NIP.", "123456785"),
  column("krs", false, "Numer KRS (10 cyfr); rozpoznaje podmiot, gdy brak NIP i REGON.", "0000123456"),
  column("streetAddress", true, "Ulica i numer siedziby.", "ul. Lipowa 1"),
  column("postalCode", true, "Kod pocztowy, np. 15-427.", "15-427"),
  column("city", true, "Miejscowość.", "Białystok"),
  column("gminaCode", true, "Kod TERYT gminy siedziby (7 cyfr).", "2061011"),
  column(
    "latitude",
    false,
    "Szerokość geograficzna, np. 53,1325; podaje się obie współrzędne albo żadnej.",
    "",
  ),
  column("longitude", false, "Długość geograficzna, np. 23,1688.", ""),
  column("areaCodes", false, "Obszar działania: kody TERYT rozdzielone znakiem „|”.", "2061"),
  column("email", false, "Adres e-mail.", ""),
  column("phone", false, "Telefon.", ""),
  column("website", false, "Strona internetowa (https://…).", ""),
  column("description", false, "Opis działalności.", ""),
  column("foundingBody", false, "Podmiot założycielski.", ""),
  column("employeeCount", false, "Liczba zatrudnionych (liczba całkowita).", ""),
  column("employeesAtRiskCount", false, "W tym osób zagrożonych wykluczeniem (liczba całkowita).", ""),
  column("isActive", false, "Czy działa: „tak” albo „nie”; puste — tak.", "tak"),
  column("lastVerifiedAt", false, "Data ostatniego sprawdzenia danych, RRRR-MM-DD.", ""),
  column("lastVerifiedSource", false, "Jak sprawdzono dane; wymagane, gdy podano datę.", ""),
];

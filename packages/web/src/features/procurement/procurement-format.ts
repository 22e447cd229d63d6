import type { ReservedContractKind } from "@/__generated__/graphql";
import { LEGAL_FORM_LABELS } from "@/features/organization/labels";
import { csvDocument } from "@/lib/csv";
import type { Supplier } from "./procurement-suppliers";

export const RESERVED_KIND_LABELS: Record<ReservedContractKind, string> = {
  SOCIAL_INTEGRATION: "art. 94 Pzp",
  PUBLIC_SERVICE_MISSION: "art. 361 Pzp",
};

/** Every CPV code of the supplier's offerings, once each, in order. */
export function supplierCpvCodes(supplier: Pick<Supplier, "offerings">): string[] {
  return [...new Set(supplier.offerings.flatMap((offering) => offering.cpvCodes))].sort();
}

/** The last day of the supplier's longest-valid active "Zakup Prospołeczny" certificate, or null. */
export function certificateValidUntil(supplier: Pick<Supplier, "activeCertificates">): string | null {
  const ends = supplier.activeCertificates
    .filter((certificate) => certificate.type === "ZAKUP_PROSPOLECZNY")
    .map((certificate) => certificate.validTo)
    .sort();
  return ends.at(-1) ?? null;
}

export function supplierAddress(supplier: Pick<Supplier, "address">): string {
  const { streetAddress, postalCode, city } = supplier.address;
  return `${streetAddress}, ${postalCode} ${city}`;
}

export const SUPPLIER_CSV_HEADER = [
  "nazwa",
  "NIP",
  "KRS",
  "forma prawna",
  "adres",
  "gmina",
  "e-mail",
  "telefon",
  "strona internetowa",
  "kody CPV",
  "zamówienia zastrzeżone",
  "Zakup Prospołeczny ważny do",
] as const;

/** The CSV export of a result list, one row per supplier, in the order of the header. */
export function suppliersCsv(suppliers: readonly Supplier[]): string {
  return csvDocument(
    SUPPLIER_CSV_HEADER,
    suppliers.map((supplier) => [
      supplier.name,
      supplier.nip ?? "",
      supplier.krs ?? "",
      LEGAL_FORM_LABELS[supplier.legalForm],
      supplierAddress(supplier),
      supplier.seatGmina.name,
      supplier.contact.email ?? "",
      supplier.contact.phone ?? "",
      supplier.contact.website ?? "",
      supplierCpvCodes(supplier).join(", "),
      supplier.reservedContractKinds.map((kind) => RESERVED_KIND_LABELS[kind]).join(", "),
      certificateValidUntil(supplier) ?? "",
    ]),
  );
}

/** The day a list was made, in Polish and the time zone of its readers ("22 listopada 2026"). */
export function listDate(now: Date): string {
  return new Intl.DateTimeFormat("pl-PL", { dateStyle: "long", timeZone: "Europe/Warsaw" }).format(now);
}

import type {
  CertificateType,
  CertifiedOfferingInput,
  IssueCertificateInput,
  RenewCertificateInput,
} from "@/__generated__/graphql";
import { CERTIFICATE_TYPE_LABELS } from "@/features/organization/labels";
import { endOfTerm } from "../records/dates";
import { formInputReader, type FormConversion, type FormInputReader } from "../records/form-input";
import { CERTIFICATE_VALIDITY_MONTHS } from "@obserwatorium/schema";

/** The fields of one certified offering row; a row with none filled is left out. */
export const CERTIFIED_OFFERING_FIELDS = ["name", "description", "cpvCodes"] as const;

export const ROPS = "Regionalny Ośrodek Polityki Społecznej w Białymstoku";

export const CERTIFICATE_FIELD_LABELS: Record<string, string> = {
  type: "Rodzaj certyfikatu",
  number: "Numer certyfikatu",
  grantingBody: "Przyznający",
  decisionDate: "Data decyzji o przyznaniu",
  validFrom: "Ważny od",
  validTo: "Ważny do",
  offerings: "Certyfikowane produkty i usługi",
  reason: "Powód cofnięcia",
};

/** Every field of a certificate form with `rows` offering rows, with labels for the error summary. */
export function certificateFormLabels(rows: number): Record<string, string> {
  const labels = { ...CERTIFICATE_FIELD_LABELS };
  const words: Record<string, string> = { name: "nazwa", description: "opis", cpvCodes: "kody CPV" };
  for (let row = 0; row < rows; row++) {
    for (const field of CERTIFIED_OFFERING_FIELDS) {
      labels[`offerings.${row}.${field}`] = `Pozycja ${row + 1}: ${words[field]}`;
    }
  }
  return labels;
}

/** The months a mark is granted for, when its term is fixed (Zakup Prospołeczny: 12). */
export const termMonths = (type: CertificateType): number | null => CERTIFICATE_VALIDITY_MONTHS[type] ?? null;

/** The end date to prefill: the fixed term's last day, or nothing when the term is not fixed. */
export function prefilledValidTo(type: CertificateType, validFrom: string): string {
  const months = termMonths(type);
  return months && /^\d{4}-\d{2}-\d{2}$/.test(validFrom) ? endOfTerm(validFrom, months) : "";
}

function certifiedOfferings(read: FormInputReader) {
  const rows = read.rows("offerings", CERTIFIED_OFFERING_FIELDS);
  if (rows.length === 0)
    read.fail("offerings.0.name", "Podaj co najmniej jeden certyfikowany produkt lub usługę.");
  const offerings: CertifiedOfferingInput[] = rows.map((row) => ({
    name: read.required(`offerings.${row}.name`, "Wpisz nazwę produktu lub usługi."),
    description: read.text(`offerings.${row}.description`),
    cpvCodes: read.list(`offerings.${row}.cpvCodes`),
  }));
  return { rows, offerings };
}

function requiredDate(read: FormInputReader, name: string, message: string): string {
  const value = read.date(name);
  if (!read.text(name)) read.fail(name, message);
  return value ?? "";
}

/** The issue form as IssueCertificateInput. */
export function issueInputFromForm(values: Record<string, string>): FormConversion<IssueCertificateInput> {
  const read = formInputReader(values);
  const type = read.text("type");
  if (type === null || !Object.hasOwn(CERTIFICATE_TYPE_LABELS, type))
    read.fail("type", "Wybierz rodzaj certyfikatu.");
  const { rows, offerings } = certifiedOfferings(read);
  const input: IssueCertificateInput = {
    organizationId: read.required("organizationId", "Wybierz podmiot, któremu wydajesz certyfikat."),
    type: type as CertificateType,
    number: read.required("number", "Wpisz numer certyfikatu."),
    grantingBody: read.required("grantingBody", "Wpisz, kto przyznał certyfikat."),
    decisionDate: requiredDate(read, "decisionDate", "Wpisz datę decyzji."),
    validFrom: requiredDate(read, "validFrom", "Wpisz początek ważności."),
    validTo: read.date("validTo"),
    offerings,
  };
  if (Object.keys(read.errors).length > 0) return { ok: false, errors: read.errors };
  return { ok: true, input, rowIndexes: { offerings: rows } };
}

/** The renewal form as RenewCertificateInput (its offering rows are always sent). */
export function renewInputFromForm(values: Record<string, string>): FormConversion<RenewCertificateInput> {
  const read = formInputReader(values);
  const { rows, offerings } = certifiedOfferings(read);
  const input: RenewCertificateInput = {
    number: read.required("number", "Wpisz numer certyfikatu na nowy okres."),
    decisionDate: requiredDate(read, "decisionDate", "Wpisz datę decyzji."),
    validFrom: read.date("validFrom"),
    validTo: read.date("validTo"),
    offerings,
  };
  if (Object.keys(read.errors).length > 0) return { ok: false, errors: read.errors };
  return { ok: true, input, rowIndexes: { offerings: rows } };
}

/** Stored offerings as the form's rows. */
export function offeringRowValues(
  offerings: readonly { name: string; description: string; cpvCodes: readonly string[] }[],
): Record<string, string> {
  const values: Record<string, string> = {};
  offerings.forEach((offering, row) => {
    values[`offerings.${row}.name`] = offering.name;
    values[`offerings.${row}.description`] = offering.description;
    values[`offerings.${row}.cpvCodes`] = offering.cpvCodes.join(", ");
  });
  return values;
}

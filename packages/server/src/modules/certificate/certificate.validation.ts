import { CERTIFICATE_VALIDITY_MONTHS, validateCpvCode, type CertificateType } from "@obserwatorium/schema";
import { endOfTerm } from "../common/clock";
import type { UserError } from "../common/user-error.type";
import type { CertifiedOfferingInput } from "./dto/certificate.input";

const MAX_OFFERINGS = 50;

export interface CertificateTerms {
  type: CertificateType;
  number: string;
  grantingBody: string;
  decisionDate: string;
  validFrom: string;
  validTo?: string | null;
  offerings: CertifiedOfferingInput[];
}

/** Validates the terms of a certificate; fills in validTo where the mark's term is fixed. */
export function validateCertificateTerms(terms: CertificateTerms) {
  const errors: UserError[] = [];
  const problem = (field: string[], message: string | null) => {
    if (message) errors.push({ field: ["input", ...field], message });
  };
  const number = terms.number.trim();
  if (!number) problem(["number"], "must not be empty");
  else if (number.length > 100) problem(["number"], "must be at most 100 characters");
  const grantingBody = terms.grantingBody.trim();
  if (!grantingBody) problem(["grantingBody"], "must not be empty");
  if (terms.validFrom < terms.decisionDate) problem(["validFrom"], "must not be before the decision date");

  const termMonths = CERTIFICATE_VALIDITY_MONTHS[terms.type];
  let validTo = terms.validTo ?? null;
  if (termMonths) {
    const expected = endOfTerm(terms.validFrom, termMonths);
    if (validTo && validTo !== expected) {
      problem(["validTo"], `must be ${expected}: this mark is granted for ${termMonths} months`);
    }
    validTo = expected;
  } else if (!validTo) {
    problem(["validTo"], "is required for this type of certificate");
  } else if (validTo < terms.validFrom) {
    problem(["validTo"], "must not be before validFrom");
  }

  if (terms.offerings.length === 0) problem(["offerings"], "must name at least one product or service");
  if (terms.offerings.length > MAX_OFFERINGS) problem(["offerings"], `must name at most ${MAX_OFFERINGS}`);
  const offerings = terms.offerings.map((offering, index) => {
    const name = offering.name.trim();
    if (!name) problem(["offerings", String(index), "name"], "must not be empty");
    const cpvCodes = [...new Set((offering.cpvCodes ?? []).map((code) => code.trim()))];
    cpvCodes.forEach((code, cpvIndex) =>
      problem(["offerings", String(index), "cpvCodes", String(cpvIndex)], validateCpvCode(code)),
    );
    return { name, description: offering.description?.trim() ?? "", cpvCodes };
  });
  return {
    errors,
    normalized: { ...terms, number, grantingBody, validTo: validTo ?? terms.validFrom, offerings },
  };
}

import type { CertificateType } from "@obserwatorium/schema";
import { Field, ID, InputType } from "type-graphql";
import { LocalDateScalar } from "../../common/local-date.scalar";
import { CertificateTypeEnum } from "../certificate.enums";

@InputType("CertifiedOfferingInput", { description: "A product or service a certificate covers" })
export class CertifiedOfferingInput {
  @Field(() => String, { description: "Name of the product or service" })
  name!: string;

  @Field(() => String, { nullable: true, description: "What it is, in plain language" })
  description?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "CPV codes of the offering (e.g. 85312000-9), for procurement searches",
  })
  cpvCodes?: string[] | null;
}

@InputType("IssueCertificateInput", { description: "A new certificate for an organization" })
export class IssueCertificateInput {
  @Field(() => ID, { description: "Global ID of the holder" })
  organizationId!: string;

  @Field(() => CertificateTypeEnum, { description: "Which certificate it is" })
  type!: CertificateType;

  @Field(() => String, { description: "The certificate's number as issued" })
  number!: string;

  @Field(() => String, { description: "Who grants it" })
  grantingBody!: string;

  @Field(() => LocalDateScalar, { description: "Day of the granting decision" })
  decisionDate!: string;

  @Field(() => LocalDateScalar, { description: "First day of validity" })
  validFrom!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Defaults to 12 months for Zakup Prospołeczny; required for other types",
  })
  validTo?: string | null;

  @Field(() => [CertifiedOfferingInput], { description: "At least one named product or service" })
  offerings!: CertifiedOfferingInput[];
}

@InputType("RenewCertificateInput", { description: "A new term of an existing certificate" })
export class RenewCertificateInput {
  @Field(() => String, { description: "The number of the renewed certificate" })
  number!: string;

  @Field(() => LocalDateScalar, { description: "Day of the renewal decision" })
  decisionDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "Defaults to the day after the current term" })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "Last day of the new term: set to 12 months for Zakup Prospołeczny, required for other types",
  })
  validTo?: string | null;

  @Field(() => [CertifiedOfferingInput], { nullable: true, description: "Defaults to the current offerings" })
  offerings?: CertifiedOfferingInput[] | null;
}

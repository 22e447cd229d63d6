import type { CertificateType } from "@obserwatorium/schema";
import { Field, ID, InputType } from "type-graphql";
import { LocalDateScalar } from "../../common/local-date.scalar";
import { CertificateTypeEnum } from "../certificate.enums";

@InputType("CertifiedOfferingInput")
export class CertifiedOfferingInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  cpvCodes?: string[] | null;
}

@InputType("IssueCertificateInput")
export class IssueCertificateInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => CertificateTypeEnum)
  type!: CertificateType;

  @Field(() => String)
  number!: string;

  @Field(() => String)
  grantingBody!: string;

  @Field(() => LocalDateScalar)
  decisionDate!: string;

  @Field(() => LocalDateScalar)
  validFrom!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Defaults to 12 months for Zakup Prospołeczny; required for other types",
  })
  validTo?: string | null;

  @Field(() => [CertifiedOfferingInput], { description: "At least one named product or service" })
  offerings!: CertifiedOfferingInput[];
}

@InputType("RenewCertificateInput")
export class RenewCertificateInput {
  @Field(() => String)
  number!: string;

  @Field(() => LocalDateScalar)
  decisionDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "Defaults to the day after the current term" })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validTo?: string | null;

  @Field(() => [CertifiedOfferingInput], { nullable: true, description: "Defaults to the current offerings" })
  offerings?: CertifiedOfferingInput[] | null;
}

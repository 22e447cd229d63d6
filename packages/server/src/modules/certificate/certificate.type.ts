import type { CertificateType } from "@obserwatorium/schema";
import { Field, ID, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type";
import { NodeInterface } from "../common/node.interface";
import { LocalDateScalar } from "../common/local-date.scalar";
import { CertificateTypeEnum } from "./certificate.enums";

@ObjectType("CertifiedOffering", { description: "A product or service the mark was granted for" })
export class CertifiedOfferingType {
  @Field(() => ID, { description: "Stable identifier of the certified offering" })
  id!: string;

  @Field(() => String, { description: "Name of the certified product or service" })
  name!: string;

  @Field(() => String, { description: "What the product or service is; may be empty" })
  description!: string;

  @Field(() => [String], { description: "CPV codes (NNNNNNNN-C)" })
  cpvCodes!: string[];
}

@ObjectType("Certificate", {
  description: 'A quality mark such as "Zakup Prospołeczny", granted for named products and services',
  implements: NodeInterface,
})
export class CertificateObjectType extends NodeInterface {
  @Field(() => CertificateTypeEnum, { description: "Which certificate it is" })
  type!: CertificateType;

  @Field(() => String, { description: "The certificate's number as issued" })
  number!: string;

  @Field(() => String, { description: "Who granted it" })
  grantingBody!: string;

  @Field(() => LocalDateScalar, { description: "Day of the decision that granted it" })
  decisionDate!: string;

  @Field(() => LocalDateScalar, { description: "First day of validity" })
  validFrom!: string;

  @Field(() => LocalDateScalar, { description: "Last day of validity" })
  validTo!: string;

  @Field(() => Boolean, { description: "Withdrawn before the end of its term" })
  revoked!: boolean;

  @Field(() => String, { nullable: true, description: "Why it was withdrawn; null unless revoked" })
  revokedReason!: string | null;

  @Field(() => Boolean, { description: "Generated demonstration record, not real data" })
  isDemo!: boolean;
}

export const CertificateConnection = connectionType("Certificate", CertificateObjectType);

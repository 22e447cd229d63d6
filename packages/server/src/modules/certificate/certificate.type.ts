import type { CertificateType } from "@obserwatorium/schema";
import { Field, ID, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type";
import { NodeInterface } from "../common/node.interface";
import { LocalDateScalar } from "../common/local-date.scalar";
import { CertificateTypeEnum } from "./certificate.enums";

@ObjectType("CertifiedOffering", { description: "A product or service the mark was granted for" })
export class CertifiedOfferingType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [String], { description: "CPV codes (NNNNNNNN-C)" })
  cpvCodes!: string[];
}

@ObjectType("Certificate", {
  description: 'A quality mark such as "Zakup Prospołeczny", granted for named products and services',
  implements: NodeInterface,
})
export class CertificateObjectType extends NodeInterface {
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

  @Field(() => LocalDateScalar)
  validTo!: string;

  @Field(() => Boolean)
  revoked!: boolean;

  @Field(() => String, { nullable: true })
  revokedReason!: string | null;

  @Field(() => Boolean, { description: "Generated demonstration record, not real data" })
  isDemo!: boolean;
}

export const CertificateConnection = connectionType("Certificate", CertificateObjectType);

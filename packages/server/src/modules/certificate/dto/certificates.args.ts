import type { CertificateType } from "@obserwatorium/schema";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import { CertificateTypeEnum } from "../certificate.enums";

@InputType("CertificateFilter", { description: "Narrows certificates; every given condition must hold" })
export class CertificateFilterInput {
  @Field(() => CertificateTypeEnum, { nullable: true, description: "Only certificates of this type" })
  type?: CertificateType | null;

  @Field(() => Boolean, { nullable: true, description: "Only certificates active today" })
  activeOnly?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Global ID of the holder" })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: "TERYT code the holder's seat or area overlaps" })
  areaCode?: string | null;

  @Field(() => String, { nullable: true, description: "CPV code or prefix of a certified offering" })
  cpvPrefix?: string | null;
}

@ArgsType()
export class CertificatesArgs extends PageArgs {
  @Field(() => CertificateFilterInput, { nullable: true, description: "Only certificates that match" })
  filter?: CertificateFilterInput | null;
}

import type { CertificateType } from "@obserwatorium/schema";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import { CertificateTypeEnum } from "../certificate.enums";

@InputType("CertificateFilter")
export class CertificateFilterInput {
  @Field(() => CertificateTypeEnum, { nullable: true })
  type?: CertificateType | null;

  @Field(() => Boolean, { nullable: true, description: "Only certificates active today" })
  activeOnly?: boolean | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: "TERYT code the holder's seat or area overlaps" })
  areaCode?: string | null;

  @Field(() => String, { nullable: true, description: "CPV code or prefix of a certified offering" })
  cpvPrefix?: string | null;
}

@ArgsType()
export class CertificatesArgs extends PageArgs {
  @Field(() => CertificateFilterInput, { nullable: true })
  filter?: CertificateFilterInput | null;
}

import type {
  CertificateType,
  LegalForm,
  PesType,
  ReservedContractKind,
  SocialEnterpriseStatusValue,
} from "@obserwatorium/schema";
import { Field, InputType, registerEnumType } from "type-graphql";
import { CertificateTypeEnum } from "../../certificate/certificate.enums";
import type { PublicationState } from "../organization.entity";
import {
  LegalFormEnum,
  PesTypeEnum,
  PublicationStateEnum,
  ReservedContractKindEnum,
  SocialEnterpriseStatusEnum,
} from "../organization.enums";

export const OrganizationOrder = {
  NAME: "NAME",
  LAST_VERIFIED: "LAST_VERIFIED",
  CERTIFICATE_VALIDITY: "CERTIFICATE_VALIDITY",
} as const;
export type OrganizationOrder = (typeof OrganizationOrder)[keyof typeof OrganizationOrder];

registerEnumType(OrganizationOrder, {
  name: "OrganizationOrder",
  description: "How organizations are ordered when no text search ranks them",
  valuesConfig: {
    NAME: { description: "Alphabetically, Polish collation" },
    LAST_VERIFIED: { description: "Most recently verified first" },
    CERTIFICATE_VALIDITY: { description: "Active certificates valid the longest first" },
  },
});

@InputType("OrganizationFilter", { description: "Narrows organizations; every given condition must hold" })
export class OrganizationFilterInput {
  @Field(() => String, {
    nullable: true,
    description:
      "Words of the name (typo-tolerant, with or without Polish letters) or an exact NIP, REGON or KRS",
  })
  text?: string | null;

  @Field(() => [LegalFormEnum], { nullable: true, description: "Any of these legal forms" })
  legalForms?: LegalForm[] | null;

  @Field(() => [PesTypeEnum], { nullable: true, description: "Any of these kinds of social-economy entity" })
  pesTypes?: PesType[] | null;

  @Field(() => [SocialEnterpriseStatusEnum], { nullable: true, description: "Current PS status" })
  socialEnterpriseStatuses?: SocialEnterpriseStatusValue[] | null;

  @Field(() => Boolean, { nullable: true, description: "Holds an active certificate of any type" })
  hasActiveCertificate?: boolean | null;

  @Field(() => CertificateTypeEnum, {
    nullable: true,
    description: "Holds an active certificate of this type",
  })
  activeCertificateType?: CertificateType | null;

  @Field(() => String, {
    nullable: true,
    description: "TERYT code: the seat or an area served lies in this unit or contains it",
  })
  areaCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "CPV code or its prefix (e.g. 55 or 55520000-1) of an offering",
  })
  cpvPrefix?: string | null;

  @Field(() => ReservedContractKindEnum, {
    nullable: true,
    description:
      "Only organizations that may bid for this kind of reserved contract. SOCIAL_INTEGRATION (art. 94 Pzp): the legal form or PES type is one the act reserves for (ZPChr, spółdzielnia socjalna, spółdzielnia inwalidów or niewidomych, CIS, KIS, ZAZ, WTZ); the 30 % share of staff from marginalised groups is not verified by the hub. PUBLIC_SERVICE_MISSION (art. 361 Pzp): at least one offering has a CPV code on the art. 361 list (compared without the check digit); the act's other conditions — a public-service mission, profits reinvested or shared by participation, employee ownership or participation in management, and no such contract from the same buyer in the last 3 years — are not verified by the hub",
  })
  canBidForReservedContract?: ReservedContractKind | null;

  @Field(() => Boolean, { nullable: true, description: "Only organizations known to operate" })
  activeOnly?: boolean | null;

  @Field(() => [PublicationStateEnum], {
    nullable: true,
    description: "Editors only; anonymous callers always get PUBLISHED records",
  })
  publicationStates?: PublicationState[] | null;
}

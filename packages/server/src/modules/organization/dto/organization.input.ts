import type { LegalForm, PesType } from "@obserwatorium/schema";
import { Field, Float, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "../../common/local-date.scalar";
import type { OfferingKind } from "../offering.entity";
import { LegalFormEnum, OfferingKindEnum, PesTypeEnum } from "../organization.enums";

@InputType("PostalAddressInput")
export class PostalAddressInput {
  @Field(() => String)
  streetAddress!: string;

  @Field(() => String, { description: "NN-NNN" })
  postalCode!: string;

  @Field(() => String)
  city!: string;

  @Field(() => String, { description: "TERYT code of the seat's gmina (7 digits)" })
  gminaCode!: string;
}

@InputType("CoordinatesInput")
export class CoordinatesInput {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@InputType("ContactInput")
export class ContactInput {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;
}

@InputType("OfferingInput")
export class OfferingInput {
  @Field(() => OfferingKindEnum)
  kind!: OfferingKind;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "CPV codes NNNNNNNN-C" })
  cpvCodes?: string[] | null;
}

@InputType("OrganizationInput", { description: "All editable fields of an organization" })
export class OrganizationInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  shortName?: string | null;

  @Field(() => String, { nullable: true, description: "Generated from the name when omitted" })
  slug?: string | null;

  @Field(() => LegalFormEnum)
  legalForm!: LegalForm;

  @Field(() => PesTypeEnum)
  pesType!: PesType;

  @Field(() => String, { nullable: true })
  nip?: string | null;

  @Field(() => String, { nullable: true })
  regon?: string | null;

  @Field(() => String, { nullable: true })
  krs?: string | null;

  @Field(() => PostalAddressInput)
  address!: PostalAddressInput;

  @Field(() => CoordinatesInput, { nullable: true })
  coordinates?: CoordinatesInput | null;

  @Field(() => [String], { nullable: true, description: "TERYT codes of any level" })
  areaCodes?: string[] | null;

  @Field(() => ContactInput, { nullable: true })
  contact?: ContactInput | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Required for CIS, KIS, ZAZ and WTZ" })
  foundingBody?: string | null;

  @Field(() => Int, { nullable: true })
  employeeCount?: number | null;

  @Field(() => Int, { nullable: true })
  employeesAtRiskCount?: number | null;

  @Field(() => [OfferingInput], { nullable: true })
  offerings?: OfferingInput[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  isActive?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true })
  lastVerifiedAt?: string | null;

  @Field(() => String, { nullable: true })
  lastVerifiedSource?: string | null;
}

import type { LegalForm, PesType } from "@obserwatorium/schema";
import { Field, Float, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "../../common/local-date.scalar";
import type { OfferingKind } from "../offering.entity";
import { LegalFormEnum, OfferingKindEnum, PesTypeEnum } from "../organization.enums";

@InputType("PostalAddressInput", { description: "A Polish postal address" })
export class PostalAddressInput {
  @Field(() => String, { description: "Street and number, e.g. 'ul. Leśna 5'" })
  streetAddress!: string;

  @Field(() => String, { description: "NN-NNN" })
  postalCode!: string;

  @Field(() => String, { description: "Town or village (miejscowość)" })
  city!: string;

  @Field(() => String, { description: "TERYT code of the seat's gmina (7 digits)" })
  gminaCode!: string;
}

@InputType("CoordinatesInput", { description: "A point in WGS 84" })
export class CoordinatesInput {
  @Field(() => Float, { description: "Degrees north" })
  latitude!: number;

  @Field(() => Float, { description: "Degrees east" })
  longitude!: number;
}

@InputType("ContactInput", { description: "How to reach an organization" })
export class ContactInput {
  @Field(() => String, { nullable: true, description: "E-mail address" })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Phone number; stored as +48 NNN NNN NNN" })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "Absolute http or https address" })
  website?: string | null;
}

@InputType("OfferingInput", { description: "A product or service an organization sells" })
export class OfferingInput {
  @Field(() => OfferingKindEnum, { description: "A product or a service" })
  kind!: OfferingKind;

  @Field(() => String, { description: "Name of the product or service" })
  name!: string;

  @Field(() => String, { nullable: true, description: "What it is, in plain language" })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "CPV codes NNNNNNNN-C" })
  cpvCodes?: string[] | null;
}

@InputType("OrganizationInput", { description: "All editable fields of an organization" })
export class OrganizationInput {
  @Field(() => String, { description: "Full registered name" })
  name!: string;

  @Field(() => String, { nullable: true, description: "Usual short name" })
  shortName?: string | null;

  @Field(() => String, { nullable: true, description: "Generated from the name when omitted" })
  slug?: string | null;

  @Field(() => LegalFormEnum, { description: "Its legal form" })
  legalForm!: LegalForm;

  @Field(() => PesTypeEnum, { description: "Which kind of social-economy entity it is" })
  pesType!: PesType;

  @Field(() => String, { nullable: true, description: "NIP, 10 digits with a valid check digit" })
  nip?: string | null;

  @Field(() => String, { nullable: true, description: "REGON, 9 or 14 digits with a valid check digit" })
  regon?: string | null;

  @Field(() => String, { nullable: true, description: "KRS number, 10 digits" })
  krs?: string | null;

  @Field(() => PostalAddressInput, {
    description: "The seat's postal address; gminaCode names the gmina of the seat",
  })
  address!: PostalAddressInput;

  @Field(() => CoordinatesInput, { nullable: true, description: "Where the seat is on the map" })
  coordinates?: CoordinatesInput | null;

  @Field(() => [String], { nullable: true, description: "TERYT codes of any level" })
  areaCodes?: string[] | null;

  @Field(() => ContactInput, { nullable: true, description: "E-mail, phone and website" })
  contact?: ContactInput | null;

  @Field(() => String, { nullable: true, description: "What the organization does, in plain language" })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Required for CIS, KIS, ZAZ and WTZ" })
  foundingBody?: string | null;

  @Field(() => Int, { nullable: true, description: "Number of employees" })
  employeeCount?: number | null;

  @Field(() => Int, { nullable: true, description: "Employees at risk of social exclusion" })
  employeesAtRiskCount?: number | null;

  @Field(() => [OfferingInput], {
    nullable: true,
    description: "Products and services it sells; replaces the stored list",
  })
  offerings?: OfferingInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: "Whether the organization is known to operate",
  })
  isActive?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "When the data was last confirmed" })
  lastVerifiedAt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "How the data was last confirmed, e.g. 'telefon do biura'",
  })
  lastVerifiedSource?: string | null;
}

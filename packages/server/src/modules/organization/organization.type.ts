import type { LegalForm, PesType } from "@obserwatorium/schema";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { NodeInterface } from "../common/node.interface";
import { DateTimeScalar } from "../common/date-time.scalar";
import { LocalDateScalar } from "../common/local-date.scalar";
import { connectionType } from "../common/connection.type";
import { LegalFormEnum, PesTypeEnum, PublicationStateEnum } from "./organization.enums";
import type { PublicationState } from "./organization.entity";

@ObjectType("PostalAddress", { description: "A Polish postal address" })
export class PostalAddressType {
  @Field(() => String, { description: "Street and number, e.g. 'ul. Leśna 5'" })
  streetAddress!: string;

  @Field(() => String, { description: "Polish postal code NN-NNN" })
  postalCode!: string;

  @Field(() => String, { description: "Town or village (miejscowość)" })
  city!: string;

  @Field(() => String, { description: "TERYT code of the gmina of the seat" })
  gminaCode!: string;
}

@ObjectType("Coordinates", { description: "A point in WGS 84" })
export class CoordinatesType {
  @Field(() => Float, { description: "Degrees north" })
  latitude!: number;

  @Field(() => Float, { description: "Degrees east" })
  longitude!: number;
}

@ObjectType("Contact", { description: "How to reach an organization" })
export class ContactType {
  @Field(() => String, { nullable: true, description: "E-mail address; null when not given" })
  email!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Polish numbers as +48 NNN NNN NNN; null when not given",
  })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: "Absolute http or https address; null when not given" })
  website!: string | null;
}

@ObjectType("Organization", {
  description: "A social-economy entity (PES) or a public body providing services",
  implements: NodeInterface,
})
export class OrganizationType extends NodeInterface {
  @Field(() => String, { description: "Stable, human-readable part of the organization's URL" })
  slug!: string;

  @Field(() => String, { description: "Full registered name" })
  name!: string;

  @Field(() => String, { nullable: true, description: "Usual short name; null when it has none" })
  shortName!: string | null;

  @Field(() => LegalFormEnum, { description: "Its legal form (foundation, association, cooperative…)" })
  legalForm!: LegalForm;

  @Field(() => PesTypeEnum, { description: "Which kind of social-economy entity it is" })
  pesType!: PesType;

  @Field(() => String, { nullable: true, description: "NIP, 10 digits" })
  nip!: string | null;

  @Field(() => String, { nullable: true, description: "REGON, 9 or 14 digits" })
  regon!: string | null;

  @Field(() => String, { nullable: true, description: "KRS number, 10 digits" })
  krs!: string | null;

  @Field(() => String, { description: "What the organization does, in plain language" })
  description!: string;

  @Field(() => String, { nullable: true, description: "Founding body of a CIS, KIS, ZAZ or WTZ" })
  foundingBody!: string | null;

  @Field(() => Int, { nullable: true, description: "Number of employees; null when not known" })
  employeeCount!: number | null;

  @Field(() => Int, { nullable: true, description: "Employees at risk of social exclusion" })
  employeesAtRiskCount!: number | null;

  @Field(() => Boolean, { description: "Whether the organization is known to operate" })
  isActive!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: "When the data was last confirmed" })
  lastVerifiedAt!: string | null;

  @Field(() => String, { nullable: true, description: "How the data was last confirmed" })
  lastVerifiedSource!: string | null;

  @Field(() => PublicationStateEnum, {
    description: "Whether the public sees it; editors also see drafts and archived records",
  })
  publicationState!: PublicationState;

  @Field(() => Boolean, { description: "Generated demonstration record, not real data" })
  isDemo!: boolean;

  @Field(() => DateTimeScalar, { description: "When the record was created in the hub" })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the record last changed" })
  updatedAt!: Date;
}

export const OrganizationConnection = connectionType("Organization", OrganizationType);

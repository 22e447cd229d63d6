import type { LegalForm, PesType } from "@obserwatorium/schema";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { NodeInterface } from "../common/node.interface";
import { DateTimeScalar } from "../common/date-time.scalar";
import { LocalDateScalar } from "../common/local-date.scalar";
import { connectionType } from "../common/connection.type";
import { LegalFormEnum, PesTypeEnum, PublicationStateEnum } from "./organization.enums";
import type { PublicationState } from "./organization.entity";

@ObjectType("PostalAddress")
export class PostalAddressType {
  @Field(() => String)
  streetAddress!: string;

  @Field(() => String, { description: "Polish postal code NN-NNN" })
  postalCode!: string;

  @Field(() => String)
  city!: string;

  @Field(() => String, { description: "TERYT code of the gmina of the seat" })
  gminaCode!: string;
}

@ObjectType("Coordinates")
export class CoordinatesType {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@ObjectType("Contact")
export class ContactType {
  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;
}

@ObjectType("Organization", {
  description: "A social-economy entity (PES) or a public body providing services",
  implements: NodeInterface,
})
export class OrganizationType extends NodeInterface {
  @Field(() => String, { description: "Stable, human-readable part of the organization's URL" })
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  shortName!: string | null;

  @Field(() => LegalFormEnum)
  legalForm!: LegalForm;

  @Field(() => PesTypeEnum)
  pesType!: PesType;

  @Field(() => String, { nullable: true, description: "NIP, 10 digits" })
  nip!: string | null;

  @Field(() => String, { nullable: true, description: "REGON, 9 or 14 digits" })
  regon!: string | null;

  @Field(() => String, { nullable: true, description: "KRS number, 10 digits" })
  krs!: string | null;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true, description: "Founding body of a CIS, KIS, ZAZ or WTZ" })
  foundingBody!: string | null;

  @Field(() => Int, { nullable: true })
  employeeCount!: number | null;

  @Field(() => Int, { nullable: true, description: "Employees at risk of social exclusion" })
  employeesAtRiskCount!: number | null;

  @Field(() => Boolean, { description: "Whether the organization is known to operate" })
  isActive!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: "When the data was last confirmed" })
  lastVerifiedAt!: string | null;

  @Field(() => String, { nullable: true, description: "How the data was last confirmed" })
  lastVerifiedSource!: string | null;

  @Field(() => PublicationStateEnum)
  publicationState!: PublicationState;

  @Field(() => Boolean, { description: "Generated demonstration record, not real data" })
  isDemo!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

export const OrganizationConnection = connectionType("Organization", OrganizationType);

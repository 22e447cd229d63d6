import {
  LEGAL_FORM_LABELS_PL,
  LEGAL_FORMS,
  PES_TYPE_LABELS_PL,
  PES_TYPES,
  RESERVED_CONTRACT_KINDS,
  SOCIAL_ENTERPRISE_DECISIONS,
  SOCIAL_ENTERPRISE_STATUSES,
} from "@obserwatorium/schema";
import { registerEnumType } from "type-graphql";
import { enumObject } from "../common/enum-object";
import { OFFERING_KINDS } from "./offering.entity";
import { PUBLICATION_STATES } from "./organization.entity";

export const LegalFormEnum = enumObject(LEGAL_FORMS);
export const PesTypeEnum = enumObject(PES_TYPES);
export const PublicationStateEnum = enumObject(PUBLICATION_STATES);
export const OfferingKindEnum = enumObject(OFFERING_KINDS);
export const SocialEnterpriseDecisionEnum = enumObject(SOCIAL_ENTERPRISE_DECISIONS);
export const SocialEnterpriseStatusEnum = enumObject(SOCIAL_ENTERPRISE_STATUSES);
export const ReservedContractKindEnum = enumObject(RESERVED_CONTRACT_KINDS);

const describe = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, { description: label }]));

registerEnumType(LegalFormEnum, {
  name: "LegalForm",
  description: "Legal form of an organization",
  valuesConfig: describe(LEGAL_FORM_LABELS_PL),
});
registerEnumType(PesTypeEnum, {
  name: "PesType",
  description: "Kind of social-economy entity (PES); reintegration units have a founding body",
  valuesConfig: describe(PES_TYPE_LABELS_PL),
});
registerEnumType(PublicationStateEnum, {
  name: "PublicationState",
  description: "Only PUBLISHED records are visible to anonymous users",
  valuesConfig: {
    DRAFT: { description: "Being prepared; editors only" },
    PUBLISHED: { description: "Visible to everyone" },
    ARCHIVED: { description: "Withdrawn from the site, kept for the record; editors only" },
  },
});
registerEnumType(OfferingKindEnum, {
  name: "OfferingKind",
  description: "Whether an organization sells goods or services",
  valuesConfig: {
    PRODUCT: { description: "Goods, e.g. catering boxes or furniture" },
    SERVICE: { description: "Work done for the buyer, e.g. cleaning or care" },
  },
});
registerEnumType(SocialEnterpriseDecisionEnum, {
  name: "SocialEnterpriseDecisionKind",
  description: "A wojewoda's decision on the status of przedsiębiorstwo społeczne (PS)",
  valuesConfig: {
    GRANTED: { description: "The status was granted" },
    WITHDRAWN: { description: "The status was taken away" },
  },
});
registerEnumType(SocialEnterpriseStatusEnum, {
  name: "SocialEnterpriseStatus",
  description: "Current PS status, computed from the decision history and today's date",
  valuesConfig: {
    ACTIVE: { description: "The latest decision in force granted the status" },
    WITHDRAWN: { description: "The latest decision in force withdrew the status" },
    NONE: { description: "No decision in force" },
  },
});
registerEnumType(ReservedContractKindEnum, {
  name: "ReservedContractKind",
  description:
    "A kind of reserved public contract (zamówienie zastrzeżone) under the Polish procurement act (Pzp): only some contractors may bid",
  valuesConfig: {
    SOCIAL_INTEGRATION: {
      description:
        "Art. 94 Pzp: for contractors whose main aim is the social and professional integration of marginalised people (ZPChr, spółdzielnie socjalne, spółdzielnie inwalidów and niewidomych, CIS, KIS, ZAZ, WTZ), with at least 30 % of staff from those groups; open to any CPV code",
    },
    PUBLIC_SERVICE_MISSION: {
      description:
        "Art. 361 Pzp (Directive 2014/24/EU art. 77): health, social and cultural services with a CPV code on the list of eForms rule BR-0075-0001, for organisations pursuing a public-service mission",
    },
  },
});

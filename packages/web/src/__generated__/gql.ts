/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query HomePage($code: String!) {\n    voivodeships: territorialUnits(kinds: [VOIVODESHIP], first: 16) {\n      edges {\n        node {\n          code\n          ...VoivodeshipPicker_option\n        }\n      }\n    }\n    voivodeship: territorialUnit(code: $code) {\n      code\n      name\n      kind\n      registerDate\n      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {\n        code\n        municipalities: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n          code\n        }\n        ...CountySection_county\n      }\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query OrganizationPage($slug: String!) {\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      shortName\n      legalForm\n      pesType\n      foundingBody\n      description\n      isActive\n      isDemo\n      nip\n      regon\n      krs\n      lastVerifiedAt\n      lastVerifiedSource\n      address {\n        streetAddress\n        postalCode\n        city\n      }\n      seatGmina {\n        code\n        name\n        kind\n      }\n      contact {\n        email\n        phone\n        website\n      }\n      areasServed {\n        code\n        name\n        kind\n      }\n      offerings {\n        id\n        kind\n        name\n        description\n        cpvCodes\n      }\n      socialEnterpriseStatus\n      socialEnterpriseDecisions {\n        id\n        decision\n        decisionDate\n        decisionNumber\n        effectiveFrom\n      }\n      certificates {\n        id\n        type\n        status\n        ...CertificateList_certificate\n      }\n    }\n  }\n": typeof types.OrganizationPageDocument,
    "\n  query RegistryAreas($code: String!) {\n    region: territorialUnit(code: $code) {\n      code\n      name\n      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {\n        code\n        kind\n        gminy: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n          code\n        }\n        ...OrganizationFilters_county\n      }\n    }\n  }\n": typeof types.RegistryAreasDocument,
    "\n  query RegistrySearch(\n    $filter: OrganizationFilter\n    $first: Int!\n    $after: String\n    $orderBy: OrganizationOrder!\n  ) {\n    organizations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          ...OrganizationCard_organization\n        }\n      }\n    }\n  }\n": typeof types.RegistrySearchDocument,
    "\n  query ZakupProspoleczny($first: Int!) {\n    certificates(filter: { type: ZAKUP_PROSPOLECZNY, activeOnly: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...CertificateHolders_certificate\n        }\n      }\n    }\n  }\n": typeof types.ZakupProspolecznyDocument,
    "\n  fragment CertificateHolders_certificate on Certificate {\n    id\n    number\n    validFrom\n    validTo\n    isDemo\n    organization {\n      id\n      slug\n      name\n      address {\n        city\n      }\n    }\n    offerings {\n      id\n      name\n    }\n  }\n": typeof types.CertificateHolders_CertificateFragmentDoc,
    "\n  fragment CertificateList_certificate on Certificate {\n    id\n    type\n    number\n    decisionDate\n    grantingBody\n    validFrom\n    validTo\n    status\n    revokedReason\n    offerings {\n      id\n      name\n      description\n      cpvCodes\n    }\n  }\n": typeof types.CertificateList_CertificateFragmentDoc,
    "\n  fragment OrganizationCard_organization on Organization {\n    id\n    slug\n    name\n    legalForm\n    isActive\n    isDemo\n    lastVerifiedAt\n    socialEnterpriseStatus\n    address {\n      city\n    }\n    activeCertificates: certificates(activeOnly: true) {\n      id\n      type\n    }\n    offerings {\n      id\n      name\n    }\n  }\n": typeof types.OrganizationCard_OrganizationFragmentDoc,
    "\n  fragment OrganizationFilters_county on TerritorialUnit {\n    code\n    name\n    kind\n    gminy: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n      code\n      name\n      kind\n    }\n  }\n": typeof types.OrganizationFilters_CountyFragmentDoc,
    "\n  fragment CountySection_county on TerritorialUnit {\n    code\n    name\n    kind\n    municipalities: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n      code\n      name\n      kind\n    }\n  }\n": typeof types.CountySection_CountyFragmentDoc,
    "\n  fragment VoivodeshipPicker_option on TerritorialUnit {\n    code\n    name\n  }\n": typeof types.VoivodeshipPicker_OptionFragmentDoc,
};
const documents: Documents = {
    "\n  query HomePage($code: String!) {\n    voivodeships: territorialUnits(kinds: [VOIVODESHIP], first: 16) {\n      edges {\n        node {\n          code\n          ...VoivodeshipPicker_option\n        }\n      }\n    }\n    voivodeship: territorialUnit(code: $code) {\n      code\n      name\n      kind\n      registerDate\n      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {\n        code\n        municipalities: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n          code\n        }\n        ...CountySection_county\n      }\n    }\n  }\n": types.HomePageDocument,
    "\n  query OrganizationPage($slug: String!) {\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      shortName\n      legalForm\n      pesType\n      foundingBody\n      description\n      isActive\n      isDemo\n      nip\n      regon\n      krs\n      lastVerifiedAt\n      lastVerifiedSource\n      address {\n        streetAddress\n        postalCode\n        city\n      }\n      seatGmina {\n        code\n        name\n        kind\n      }\n      contact {\n        email\n        phone\n        website\n      }\n      areasServed {\n        code\n        name\n        kind\n      }\n      offerings {\n        id\n        kind\n        name\n        description\n        cpvCodes\n      }\n      socialEnterpriseStatus\n      socialEnterpriseDecisions {\n        id\n        decision\n        decisionDate\n        decisionNumber\n        effectiveFrom\n      }\n      certificates {\n        id\n        type\n        status\n        ...CertificateList_certificate\n      }\n    }\n  }\n": types.OrganizationPageDocument,
    "\n  query RegistryAreas($code: String!) {\n    region: territorialUnit(code: $code) {\n      code\n      name\n      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {\n        code\n        kind\n        gminy: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n          code\n        }\n        ...OrganizationFilters_county\n      }\n    }\n  }\n": types.RegistryAreasDocument,
    "\n  query RegistrySearch(\n    $filter: OrganizationFilter\n    $first: Int!\n    $after: String\n    $orderBy: OrganizationOrder!\n  ) {\n    organizations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          ...OrganizationCard_organization\n        }\n      }\n    }\n  }\n": types.RegistrySearchDocument,
    "\n  query ZakupProspoleczny($first: Int!) {\n    certificates(filter: { type: ZAKUP_PROSPOLECZNY, activeOnly: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...CertificateHolders_certificate\n        }\n      }\n    }\n  }\n": types.ZakupProspolecznyDocument,
    "\n  fragment CertificateHolders_certificate on Certificate {\n    id\n    number\n    validFrom\n    validTo\n    isDemo\n    organization {\n      id\n      slug\n      name\n      address {\n        city\n      }\n    }\n    offerings {\n      id\n      name\n    }\n  }\n": types.CertificateHolders_CertificateFragmentDoc,
    "\n  fragment CertificateList_certificate on Certificate {\n    id\n    type\n    number\n    decisionDate\n    grantingBody\n    validFrom\n    validTo\n    status\n    revokedReason\n    offerings {\n      id\n      name\n      description\n      cpvCodes\n    }\n  }\n": types.CertificateList_CertificateFragmentDoc,
    "\n  fragment OrganizationCard_organization on Organization {\n    id\n    slug\n    name\n    legalForm\n    isActive\n    isDemo\n    lastVerifiedAt\n    socialEnterpriseStatus\n    address {\n      city\n    }\n    activeCertificates: certificates(activeOnly: true) {\n      id\n      type\n    }\n    offerings {\n      id\n      name\n    }\n  }\n": types.OrganizationCard_OrganizationFragmentDoc,
    "\n  fragment OrganizationFilters_county on TerritorialUnit {\n    code\n    name\n    kind\n    gminy: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n      code\n      name\n      kind\n    }\n  }\n": types.OrganizationFilters_CountyFragmentDoc,
    "\n  fragment CountySection_county on TerritorialUnit {\n    code\n    name\n    kind\n    municipalities: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n      code\n      name\n      kind\n    }\n  }\n": types.CountySection_CountyFragmentDoc,
    "\n  fragment VoivodeshipPicker_option on TerritorialUnit {\n    code\n    name\n  }\n": types.VoivodeshipPicker_OptionFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($code: String!) {\n    voivodeships: territorialUnits(kinds: [VOIVODESHIP], first: 16) {\n      edges {\n        node {\n          code\n          ...VoivodeshipPicker_option\n        }\n      }\n    }\n    voivodeship: territorialUnit(code: $code) {\n      code\n      name\n      kind\n      registerDate\n      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {\n        code\n        municipalities: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n          code\n        }\n        ...CountySection_county\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomePage($code: String!) {\n    voivodeships: territorialUnits(kinds: [VOIVODESHIP], first: 16) {\n      edges {\n        node {\n          code\n          ...VoivodeshipPicker_option\n        }\n      }\n    }\n    voivodeship: territorialUnit(code: $code) {\n      code\n      name\n      kind\n      registerDate\n      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {\n        code\n        municipalities: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n          code\n        }\n        ...CountySection_county\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPage($slug: String!) {\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      shortName\n      legalForm\n      pesType\n      foundingBody\n      description\n      isActive\n      isDemo\n      nip\n      regon\n      krs\n      lastVerifiedAt\n      lastVerifiedSource\n      address {\n        streetAddress\n        postalCode\n        city\n      }\n      seatGmina {\n        code\n        name\n        kind\n      }\n      contact {\n        email\n        phone\n        website\n      }\n      areasServed {\n        code\n        name\n        kind\n      }\n      offerings {\n        id\n        kind\n        name\n        description\n        cpvCodes\n      }\n      socialEnterpriseStatus\n      socialEnterpriseDecisions {\n        id\n        decision\n        decisionDate\n        decisionNumber\n        effectiveFrom\n      }\n      certificates {\n        id\n        type\n        status\n        ...CertificateList_certificate\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationPage($slug: String!) {\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      shortName\n      legalForm\n      pesType\n      foundingBody\n      description\n      isActive\n      isDemo\n      nip\n      regon\n      krs\n      lastVerifiedAt\n      lastVerifiedSource\n      address {\n        streetAddress\n        postalCode\n        city\n      }\n      seatGmina {\n        code\n        name\n        kind\n      }\n      contact {\n        email\n        phone\n        website\n      }\n      areasServed {\n        code\n        name\n        kind\n      }\n      offerings {\n        id\n        kind\n        name\n        description\n        cpvCodes\n      }\n      socialEnterpriseStatus\n      socialEnterpriseDecisions {\n        id\n        decision\n        decisionDate\n        decisionNumber\n        effectiveFrom\n      }\n      certificates {\n        id\n        type\n        status\n        ...CertificateList_certificate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryAreas($code: String!) {\n    region: territorialUnit(code: $code) {\n      code\n      name\n      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {\n        code\n        kind\n        gminy: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n          code\n        }\n        ...OrganizationFilters_county\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistryAreas($code: String!) {\n    region: territorialUnit(code: $code) {\n      code\n      name\n      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {\n        code\n        kind\n        gminy: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n          code\n        }\n        ...OrganizationFilters_county\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrySearch(\n    $filter: OrganizationFilter\n    $first: Int!\n    $after: String\n    $orderBy: OrganizationOrder!\n  ) {\n    organizations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          ...OrganizationCard_organization\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistrySearch(\n    $filter: OrganizationFilter\n    $first: Int!\n    $after: String\n    $orderBy: OrganizationOrder!\n  ) {\n    organizations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          ...OrganizationCard_organization\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZakupProspoleczny($first: Int!) {\n    certificates(filter: { type: ZAKUP_PROSPOLECZNY, activeOnly: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...CertificateHolders_certificate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ZakupProspoleczny($first: Int!) {\n    certificates(filter: { type: ZAKUP_PROSPOLECZNY, activeOnly: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...CertificateHolders_certificate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificateHolders_certificate on Certificate {\n    id\n    number\n    validFrom\n    validTo\n    isDemo\n    organization {\n      id\n      slug\n      name\n      address {\n        city\n      }\n    }\n    offerings {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CertificateHolders_certificate on Certificate {\n    id\n    number\n    validFrom\n    validTo\n    isDemo\n    organization {\n      id\n      slug\n      name\n      address {\n        city\n      }\n    }\n    offerings {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificateList_certificate on Certificate {\n    id\n    type\n    number\n    decisionDate\n    grantingBody\n    validFrom\n    validTo\n    status\n    revokedReason\n    offerings {\n      id\n      name\n      description\n      cpvCodes\n    }\n  }\n"): (typeof documents)["\n  fragment CertificateList_certificate on Certificate {\n    id\n    type\n    number\n    decisionDate\n    grantingBody\n    validFrom\n    validTo\n    status\n    revokedReason\n    offerings {\n      id\n      name\n      description\n      cpvCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationCard_organization on Organization {\n    id\n    slug\n    name\n    legalForm\n    isActive\n    isDemo\n    lastVerifiedAt\n    socialEnterpriseStatus\n    address {\n      city\n    }\n    activeCertificates: certificates(activeOnly: true) {\n      id\n      type\n    }\n    offerings {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationCard_organization on Organization {\n    id\n    slug\n    name\n    legalForm\n    isActive\n    isDemo\n    lastVerifiedAt\n    socialEnterpriseStatus\n    address {\n      city\n    }\n    activeCertificates: certificates(activeOnly: true) {\n      id\n      type\n    }\n    offerings {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationFilters_county on TerritorialUnit {\n    code\n    name\n    kind\n    gminy: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationFilters_county on TerritorialUnit {\n    code\n    name\n    kind\n    gminy: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountySection_county on TerritorialUnit {\n    code\n    name\n    kind\n    municipalities: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment CountySection_county on TerritorialUnit {\n    code\n    name\n    kind\n    municipalities: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoivodeshipPicker_option on TerritorialUnit {\n    code\n    name\n  }\n"): (typeof documents)["\n  fragment VoivodeshipPicker_option on TerritorialUnit {\n    code\n    name\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
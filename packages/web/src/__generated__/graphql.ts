/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Computed from the dates and the revocation, today */
export type CertificateStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'REVOKED';

/** Quality mark */
export type CertificateType =
  /** Zakup Prospołeczny */
  | 'ZAKUP_PROSPOLECZNY'
  /** Znak Jakości Ekonomii Społecznej i Solidarnej */
  | 'ZNAK_JAKOSCI_ES';

/** Legal form of an organization */
export type LegalForm =
  /** stowarzyszenie */
  | 'ASSOCIATION'
  /** spółdzielnia niewidomych */
  | 'BLIND_PERSONS_COOPERATIVE'
  /** kościelna osoba prawna */
  | 'CHURCH_LEGAL_PERSON'
  /** spółdzielnia inwalidów */
  | 'DISABLED_PERSONS_COOPERATIVE'
  /** fundacja */
  | 'FOUNDATION'
  /** spółka non-profit */
  | 'NON_PROFIT_COMPANY'
  /** inna organizacja pozarządowa (art. 3 ust. 2 UDPPiW) */
  | 'OTHER_NGO'
  /** jednostka publiczna (np. OPS, PCPR, CUS) */
  | 'PUBLIC_BODY'
  /** koło gospodyń wiejskich */
  | 'RURAL_HOUSEWIVES_CIRCLE'
  /** spółdzielnia socjalna */
  | 'SOCIAL_COOPERATIVE'
  /** spółdzielnia pracy */
  | 'WORKERS_COOPERATIVE';

export type OfferingKind =
  | 'PRODUCT'
  | 'SERVICE';

export type OrganizationFilter = {
  /** Holds an active certificate of this type */
  activeCertificateType?: CertificateType | null | undefined;
  /** Only organizations known to operate */
  activeOnly?: boolean | null | undefined;
  /** TERYT code: the seat or an area served lies in this unit or contains it */
  areaCode?: string | null | undefined;
  /** CPV code or its prefix (e.g. 55 or 55520000-1) of an offering */
  cpvPrefix?: string | null | undefined;
  /** Holds an active certificate of any type */
  hasActiveCertificate?: boolean | null | undefined;
  legalForms?: Array<LegalForm> | null | undefined;
  pesTypes?: Array<PesType> | null | undefined;
  /** Editors only; anonymous callers always get PUBLISHED records */
  publicationStates?: Array<PublicationState> | null | undefined;
  /** Current PS status */
  socialEnterpriseStatuses?: Array<SocialEnterpriseStatus> | null | undefined;
  /** Words of the name (typo-tolerant, with or without Polish letters) or an exact NIP, REGON or KRS */
  text?: string | null | undefined;
};

export type OrganizationOrder =
  /** Active certificates valid the longest first */
  | 'CERTIFICATE_VALIDITY'
  /** Most recently verified first */
  | 'LAST_VERIFIED'
  /** Alphabetically, Polish collation */
  | 'NAME';

/** Kind of social-economy entity (PES); reintegration units have a founding body */
export type PesType =
  /** centrum integracji społecznej (CIS) */
  | 'CIS'
  /** klub integracji społecznej (KIS) */
  | 'KIS'
  /** instytucja publiczna (nie PES) */
  | 'NOT_PES'
  /** podmiot ekonomii społecznej */
  | 'PES'
  /** warsztat terapii zajęciowej (WTZ) */
  | 'WTZ'
  /** zakład aktywności zawodowej (ZAZ) */
  | 'ZAZ'
  /** zakład pracy chronionej (ZPChr) */
  | 'ZPCHR';

/** Only PUBLISHED records are visible to anonymous users */
export type PublicationState =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

/** A wojewoda's decision on the status of przedsiębiorstwo społeczne (PS) */
export type SocialEnterpriseDecisionKind =
  | 'GRANTED'
  | 'WITHDRAWN';

/** Current PS status, computed from the decision history and today's date */
export type SocialEnterpriseStatus =
  | 'ACTIVE'
  | 'NONE'
  | 'WITHDRAWN';

/** Kind of a unit of the TERYT territorial register */
export type TerritorialUnitKind =
  /** dzielnica m.st. Warszawy (RODZ 8); not a gmina */
  | 'CAPITAL_CITY_DISTRICT'
  /** delegatura (RODZ 9) of Kraków, Łódź, Poznań or Wrocław; not a gmina */
  | 'CITY_DELEGATION'
  /** miasto na prawach powiatu */
  | 'CITY_WITH_COUNTY_RIGHTS'
  /** powiat (ziemski) */
  | 'COUNTY'
  /** obszar wiejski w gminie miejsko-wiejskiej (RODZ 5); not a gmina */
  | 'RURAL_AREA_OF_URBAN_RURAL_MUNICIPALITY'
  /** gmina wiejska (RODZ 2) */
  | 'RURAL_MUNICIPALITY'
  /** miasto w gminie miejsko-wiejskiej (RODZ 4); not a gmina */
  | 'TOWN_OF_URBAN_RURAL_MUNICIPALITY'
  /** gmina miejska (TERC RODZ 1) */
  | 'URBAN_MUNICIPALITY'
  /** gmina miejsko-wiejska (RODZ 3) */
  | 'URBAN_RURAL_MUNICIPALITY'
  /** województwo */
  | 'VOIVODESHIP';

export type HomePageQueryVariables = Exact<{
  code: string;
}>;


export type HomePageQuery = { voivodeships: { edges: Array<{ node: (
        { code: string }
        & { ' $fragmentRefs'?: { 'VoivodeshipPicker_OptionFragment': VoivodeshipPicker_OptionFragment } }
      ) }> }, voivodeship: { code: string, name: string, kind: TerritorialUnitKind, registerDate: string, counties: Array<(
      { code: string, municipalities: Array<{ code: string }> }
      & { ' $fragmentRefs'?: { 'CountySection_CountyFragment': CountySection_CountyFragment } }
    )> } | null };

export type OrganizationPageQueryVariables = Exact<{
  slug: string;
}>;


export type OrganizationPageQuery = { organization: { id: string, slug: string, name: string, shortName: string | null, legalForm: LegalForm, pesType: PesType, foundingBody: string | null, description: string, isActive: boolean, isDemo: boolean, nip: string | null, regon: string | null, krs: string | null, lastVerifiedAt: string | null, lastVerifiedSource: string | null, socialEnterpriseStatus: SocialEnterpriseStatus, address: { streetAddress: string, postalCode: string, city: string }, seatGmina: { code: string, name: string, kind: TerritorialUnitKind }, contact: { email: string | null, phone: string | null, website: string | null }, areasServed: Array<{ code: string, name: string, kind: TerritorialUnitKind }>, offerings: Array<{ id: string, kind: OfferingKind, name: string, description: string, cpvCodes: Array<string> }>, socialEnterpriseDecisions: Array<{ id: string, decision: SocialEnterpriseDecisionKind, decisionDate: string, decisionNumber: string | null, effectiveFrom: string }>, certificates: Array<(
      { id: string, type: CertificateType, status: CertificateStatus }
      & { ' $fragmentRefs'?: { 'CertificateList_CertificateFragment': CertificateList_CertificateFragment } }
    )> } | null };

export type RegistryAreasQueryVariables = Exact<{
  code: string;
}>;


export type RegistryAreasQuery = { region: { code: string, name: string, counties: Array<(
      { code: string, kind: TerritorialUnitKind, gminy: Array<{ code: string }> }
      & { ' $fragmentRefs'?: { 'OrganizationFilters_CountyFragment': OrganizationFilters_CountyFragment } }
    )> } | null };

export type RegistrySearchQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  orderBy: OrganizationOrder;
}>;


export type RegistrySearchQuery = { organizations: { totalCount: number, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'OrganizationCard_OrganizationFragment': OrganizationCard_OrganizationFragment } }
      ) }> } };

export type ZakupProspolecznyQueryVariables = Exact<{
  first: number;
}>;


export type ZakupProspolecznyQuery = { certificates: { totalCount: number, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'CertificateHolders_CertificateFragment': CertificateHolders_CertificateFragment } }
      ) }> } };

export type CertificateHolders_CertificateFragment = { id: string, number: string, validFrom: string, validTo: string, isDemo: boolean, organization: { id: string, slug: string, name: string, address: { city: string } } | null, offerings: Array<{ id: string, name: string }> } & { ' $fragmentName'?: 'CertificateHolders_CertificateFragment' };

export type CertificateList_CertificateFragment = { id: string, type: CertificateType, number: string, decisionDate: string, grantingBody: string, validFrom: string, validTo: string, status: CertificateStatus, revokedReason: string | null, offerings: Array<{ id: string, name: string, description: string, cpvCodes: Array<string> }> } & { ' $fragmentName'?: 'CertificateList_CertificateFragment' };

export type OrganizationCard_OrganizationFragment = { id: string, slug: string, name: string, legalForm: LegalForm, isActive: boolean, isDemo: boolean, lastVerifiedAt: string | null, socialEnterpriseStatus: SocialEnterpriseStatus, address: { city: string }, activeCertificates: Array<{ id: string, type: CertificateType }>, offerings: Array<{ id: string, name: string }> } & { ' $fragmentName'?: 'OrganizationCard_OrganizationFragment' };

export type OrganizationFilters_CountyFragment = { code: string, name: string, kind: TerritorialUnitKind, gminy: Array<{ code: string, name: string, kind: TerritorialUnitKind }> } & { ' $fragmentName'?: 'OrganizationFilters_CountyFragment' };

export type CountySection_CountyFragment = { code: string, name: string, kind: TerritorialUnitKind, municipalities: Array<{ code: string, name: string, kind: TerritorialUnitKind }> } & { ' $fragmentName'?: 'CountySection_CountyFragment' };

export type VoivodeshipPicker_OptionFragment = { code: string, name: string } & { ' $fragmentName'?: 'VoivodeshipPicker_OptionFragment' };

export const CertificateHolders_CertificateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateHolders_certificate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CertificateHolders_CertificateFragment, unknown>;
export const CertificateList_CertificateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateList_certificate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"grantingBody"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cpvCodes"}}]}}]}}]} as unknown as DocumentNode<CertificateList_CertificateFragment, unknown>;
export const OrganizationCard_OrganizationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationCard_organization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"socialEnterpriseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"activeCertificates"},"name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganizationCard_OrganizationFragment, unknown>;
export const OrganizationFilters_CountyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFilters_county"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"gminy"},"name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"URBAN_MUNICIPALITY"},{"kind":"EnumValue","value":"RURAL_MUNICIPALITY"},{"kind":"EnumValue","value":"URBAN_RURAL_MUNICIPALITY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OrganizationFilters_CountyFragment, unknown>;
export const CountySection_CountyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountySection_county"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"municipalities"},"name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"URBAN_MUNICIPALITY"},{"kind":"EnumValue","value":"RURAL_MUNICIPALITY"},{"kind":"EnumValue","value":"URBAN_RURAL_MUNICIPALITY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CountySection_CountyFragment, unknown>;
export const VoivodeshipPicker_OptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoivodeshipPicker_option"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<VoivodeshipPicker_OptionFragment, unknown>;
export const HomePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"voivodeships"},"name":{"kind":"Name","value":"territorialUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"VOIVODESHIP"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"16"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoivodeshipPicker_option"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"voivodeship"},"name":{"kind":"Name","value":"territorialUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registerDate"}},{"kind":"Field","alias":{"kind":"Name","value":"counties"},"name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COUNTY"},{"kind":"EnumValue","value":"CITY_WITH_COUNTY_RIGHTS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","alias":{"kind":"Name","value":"municipalities"},"name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"URBAN_MUNICIPALITY"},{"kind":"EnumValue","value":"RURAL_MUNICIPALITY"},{"kind":"EnumValue","value":"URBAN_RURAL_MUNICIPALITY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountySection_county"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoivodeshipPicker_option"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountySection_county"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"municipalities"},"name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"URBAN_MUNICIPALITY"},{"kind":"EnumValue","value":"RURAL_MUNICIPALITY"},{"kind":"EnumValue","value":"URBAN_RURAL_MUNICIPALITY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<HomePageQuery, HomePageQueryVariables>;
export const OrganizationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"pesType"}},{"kind":"Field","name":{"kind":"Name","value":"foundingBody"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"nip"}},{"kind":"Field","name":{"kind":"Name","value":"regon"}},{"kind":"Field","name":{"kind":"Name","value":"krs"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedSource"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seatGmina"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areasServed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cpvCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialEnterpriseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"socialEnterpriseDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateList_certificate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateList_certificate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"grantingBody"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cpvCodes"}}]}}]}}]} as unknown as DocumentNode<OrganizationPageQuery, OrganizationPageQueryVariables>;
export const RegistryAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"region"},"name":{"kind":"Name","value":"territorialUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"counties"},"name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COUNTY"},{"kind":"EnumValue","value":"CITY_WITH_COUNTY_RIGHTS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"gminy"},"name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"URBAN_MUNICIPALITY"},{"kind":"EnumValue","value":"RURAL_MUNICIPALITY"},{"kind":"EnumValue","value":"URBAN_RURAL_MUNICIPALITY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFilters_county"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFilters_county"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"gminy"},"name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"URBAN_MUNICIPALITY"},{"kind":"EnumValue","value":"RURAL_MUNICIPALITY"},{"kind":"EnumValue","value":"URBAN_RURAL_MUNICIPALITY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RegistryAreasQuery, RegistryAreasQueryVariables>;
export const RegistrySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationCard_organization"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationCard_organization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"socialEnterpriseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"activeCertificates"},"name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegistrySearchQuery, RegistrySearchQueryVariables>;
export const ZakupProspolecznyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ZakupProspoleczny"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"ZAKUP_PROSPOLECZNY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateHolders_certificate"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateHolders_certificate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ZakupProspolecznyQuery, ZakupProspolecznyQueryVariables>;
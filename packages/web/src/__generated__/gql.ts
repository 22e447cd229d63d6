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
    "\n  fragment CountySection_county on TerritorialUnit {\n    code\n    name\n    kind\n    municipalities: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n      code\n      name\n      kind\n    }\n  }\n": typeof types.CountySection_CountyFragmentDoc,
    "\n  fragment VoivodeshipPicker_option on TerritorialUnit {\n    code\n    name\n  }\n": typeof types.VoivodeshipPicker_OptionFragmentDoc,
};
const documents: Documents = {
    "\n  query HomePage($code: String!) {\n    voivodeships: territorialUnits(kinds: [VOIVODESHIP], first: 16) {\n      edges {\n        node {\n          code\n          ...VoivodeshipPicker_option\n        }\n      }\n    }\n    voivodeship: territorialUnit(code: $code) {\n      code\n      name\n      kind\n      registerDate\n      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {\n        code\n        municipalities: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n          code\n        }\n        ...CountySection_county\n      }\n    }\n  }\n": types.HomePageDocument,
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
export function graphql(source: "\n  fragment CountySection_county on TerritorialUnit {\n    code\n    name\n    kind\n    municipalities: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment CountySection_county on TerritorialUnit {\n    code\n    name\n    kind\n    municipalities: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoivodeshipPicker_option on TerritorialUnit {\n    code\n    name\n  }\n"): (typeof documents)["\n  fragment VoivodeshipPicker_option on TerritorialUnit {\n    code\n    name\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
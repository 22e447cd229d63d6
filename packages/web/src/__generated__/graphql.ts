/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type CountySection_CountyFragment = { code: string, name: string, kind: TerritorialUnitKind, municipalities: Array<{ code: string, name: string, kind: TerritorialUnitKind }> } & { ' $fragmentName'?: 'CountySection_CountyFragment' };

export type VoivodeshipPicker_OptionFragment = { code: string, name: string } & { ' $fragmentName'?: 'VoivodeshipPicker_OptionFragment' };

export const CountySection_CountyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountySection_county"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"municipalities"},"name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"URBAN_MUNICIPALITY"},{"kind":"EnumValue","value":"RURAL_MUNICIPALITY"},{"kind":"EnumValue","value":"URBAN_RURAL_MUNICIPALITY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CountySection_CountyFragment, unknown>;
export const VoivodeshipPicker_OptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoivodeshipPicker_option"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<VoivodeshipPicker_OptionFragment, unknown>;
export const HomePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"voivodeships"},"name":{"kind":"Name","value":"territorialUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"VOIVODESHIP"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"16"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoivodeshipPicker_option"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"voivodeship"},"name":{"kind":"Name","value":"territorialUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registerDate"}},{"kind":"Field","alias":{"kind":"Name","value":"counties"},"name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COUNTY"},{"kind":"EnumValue","value":"CITY_WITH_COUNTY_RIGHTS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","alias":{"kind":"Name","value":"municipalities"},"name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"URBAN_MUNICIPALITY"},{"kind":"EnumValue","value":"RURAL_MUNICIPALITY"},{"kind":"EnumValue","value":"URBAN_RURAL_MUNICIPALITY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountySection_county"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoivodeshipPicker_option"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountySection_county"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"municipalities"},"name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"URBAN_MUNICIPALITY"},{"kind":"EnumValue","value":"RURAL_MUNICIPALITY"},{"kind":"EnumValue","value":"URBAN_RURAL_MUNICIPALITY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<HomePageQuery, HomePageQueryVariables>;
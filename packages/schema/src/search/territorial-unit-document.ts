import type { TerritorialUnitKind } from "../territory/territorial-unit-kind";

export const TERRITORIAL_UNITS_INDEX = "territorial_units";

/** The Meilisearch document of one TERYT unit. */
export interface TerritorialUnitDocument {
  /** The TERYT code; also the primary key. */
  code: string;
  name: string;
  /** `name` without Polish diacritics (see foldPolish). */
  nameFolded: string;
  kind: TerritorialUnitKind;
  parentCode: string | null;
  /** Codes of the containing units, for "everything in powiat X" filters. */
  ancestorCodes: string[];
  /** 1 = województwo, 2 = powiat, 3 = gmina and its parts; ranks larger units first. */
  level: number;
  /** 3 minus the level: broader units first on ties, as a descending rule like every other index's. */
  breadth: number;
}

import type { TerritorialUnitKind } from "@obserwatorium/schema";

/** One row of the `territorial_unit` table as the indexer reads it. */
export interface TerritorialUnitRow {
  code: string;
  name: string;
  kind: TerritorialUnitKind;
  parent_code: string | null;
}

export const TERRITORIAL_UNIT_SOURCE_SQL =
  "select code, name, kind, parent_code from territorial_unit order by code";

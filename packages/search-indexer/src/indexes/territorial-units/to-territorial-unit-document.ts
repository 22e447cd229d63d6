import { ancestorCodes, foldPolish, type TerritorialUnitDocument } from "@obserwatorium/schema";
import type { TerritorialUnitRow } from "./territorial-unit.row";

const LEVEL_BY_CODE_LENGTH: Readonly<Record<number, number>> = { 2: 1, 4: 2, 7: 3 };

export function toTerritorialUnitDocument(row: TerritorialUnitRow): TerritorialUnitDocument {
  const level = LEVEL_BY_CODE_LENGTH[row.code.length];
  if (level === undefined) throw new Error(`Unexpected TERYT code "${row.code}"`);
  return {
    code: row.code,
    name: row.name,
    nameFolded: foldPolish(row.name),
    kind: row.kind,
    parentCode: row.parent_code,
    ancestorCodes: ancestorCodes(row.code),
    level,
    breadth: 3 - level,
  };
}

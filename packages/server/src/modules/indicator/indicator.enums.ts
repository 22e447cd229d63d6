import {
  INDICATOR_DIRECTION_LABELS_PL,
  INDICATOR_DIRECTIONS,
  INDICATOR_PROGRAMME_LABELS_PL,
  INDICATOR_PROGRAMMES,
} from "@obserwatorium/schema";
import { registerEnumType } from "type-graphql";
import { enumObject } from "../common/enum-object";

const describe = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, { description: label }]));

export const IndicatorProgrammeEnum = enumObject(INDICATOR_PROGRAMMES);
export const IndicatorDirectionEnum = enumObject(INDICATOR_DIRECTIONS);

registerEnumType(IndicatorProgrammeEnum, {
  name: "IndicatorProgramme",
  description: "The programme an indicator monitors",
  valuesConfig: describe(INDICATOR_PROGRAMME_LABELS_PL),
});
registerEnumType(IndicatorDirectionEnum, {
  name: "IndicatorDirection",
  description: "Which way an indicator should move",
  valuesConfig: describe(INDICATOR_DIRECTION_LABELS_PL),
});

export const TerritorialLevelEnum = { VOIVODESHIP: "VOIVODESHIP", COUNTY: "COUNTY" } as const;
export type TerritorialLevel = keyof typeof TerritorialLevelEnum;

registerEnumType(TerritorialLevelEnum, {
  name: "TerritorialLevel",
  description: "The units an indicator map shows",
  valuesConfig: {
    VOIVODESHIP: { description: "the 16 województwa of Poland" },
    COUNTY: { description: "the powiaty (incl. miasta na prawach powiatu) of one województwo" },
  },
});

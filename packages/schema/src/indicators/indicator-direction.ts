/** Which way an indicator should move; decides the colour scale of a map and the reading of a trend. */
export const INDICATOR_DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const;

export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const INDICATOR_DIRECTION_LABELS_PL: Record<IndicatorDirection, string> = {
  HIGHER_IS_BETTER: "im więcej, tym lepiej",
  LOWER_IS_BETTER: "im mniej, tym lepiej",
};

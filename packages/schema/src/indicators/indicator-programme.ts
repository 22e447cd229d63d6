/**
 * The programme an observatory indicator monitors (DOMAIN.md, modelled on dane.ekonomiaspoleczna.gov.pl).
 * Codes are stable identifiers, never rename them.
 */
export const INDICATOR_PROGRAMMES = ["KPRES", "WPRES", "RPDI", "OZPS", "OTHER"] as const;

export type IndicatorProgramme = (typeof INDICATOR_PROGRAMMES)[number];

export const INDICATOR_PROGRAMME_LABELS_PL: Record<IndicatorProgramme, string> = {
  KPRES: "KPRES — Krajowy Program Rozwoju Ekonomii Społecznej",
  WPRES: "WPRES — Wojewódzki Program Rozwoju Ekonomii Społecznej",
  RPDI: "RPDI — Regionalny Plan Deinstytucjonalizacji Usług Społecznych",
  OZPS: "OZPS — ocena zasobów pomocy społecznej",
  OTHER: "inne źródło",
};

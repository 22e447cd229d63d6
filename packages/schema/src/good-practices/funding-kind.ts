/**
 * Where the money of a good practice came from, as a coarse vocabulary beside the free-text source
 * (DOMAIN.md). Codes are stable identifiers, never rename them.
 */
export const FUNDING_KINDS = [
  "EFS_PLUS",
  "FERS",
  "PFRON",
  "NATIONAL_PROGRAMME",
  "JST_BUDGET",
  "OTHER",
] as const;

export type FundingKind = (typeof FUNDING_KINDS)[number];

export const FUNDING_KIND_LABELS_PL: Record<FundingKind, string> = {
  EFS_PLUS: "EFS+ w programie regionalnym (Fundusze Europejskie dla Podlaskiego 2021–2027)",
  FERS: "FERS — Fundusze Europejskie dla Rozwoju Społecznego 2021–2027",
  PFRON: "PFRON — Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych",
  NATIONAL_PROGRAMME: "program rządowy lub Fundusz Solidarnościowy",
  JST_BUDGET: "budżet jednostki samorządu terytorialnego",
  OTHER: "inne źródło",
};

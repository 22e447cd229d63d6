/** Accessibility of a service and its premises (HSDS `accessibility`). Codes are stable, never rename them. */
export const ACCESSIBILITY_FEATURES = [
  "STEP_FREE_ACCESS",
  "ACCESSIBLE_TOILET",
  "INDUCTION_LOOP",
  "SIGN_LANGUAGE",
  "EASY_TO_READ",
] as const;

export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

export const ACCESSIBILITY_FEATURE_LABELS_PL: Record<AccessibilityFeature, string> = {
  STEP_FREE_ACCESS: "dostęp bez schodów i progów",
  ACCESSIBLE_TOILET: "toaleta dostosowana do potrzeb osób z niepełnosprawnościami",
  INDUCTION_LOOP: "pętla indukcyjna",
  SIGN_LANGUAGE: "obsługa w polskim języku migowym",
  EASY_TO_READ: "informacje w tekście łatwym do czytania (ETR)",
};

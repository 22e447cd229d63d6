import type { AccessibilityFeature } from "../services/accessibility-feature";
import type { CostKind, DeliveryMode } from "../services/cost-option";
import type { ServiceArea } from "../services/service-area";
import type { ServiceType } from "../services/service-type";
import type { TargetGroup } from "../services/target-group";

export const SERVICES_INDEX = "services";

/** The Meilisearch document of one service of the Koszyk usług. */
export interface ServiceDocument {
  id: string;
  slug: string;
  title: string;
  /** Title, type label and place names without Polish diacritics (see foldPolish). */
  titleFolded: string;
  description: string;
  /** The searchable text as Polish stems (see stemPolishText), so inflected queries match. */
  stems: string;
  serviceType: ServiceType;
  /** Polish label of the type, e.g. "usługi wytchnieniowe". */
  serviceTypeLabel: string;
  serviceArea: ServiceArea;
  providerName: string | null;
  /** Cities and gmina names of the locations and names of the areas served. */
  placeNames: string[];
  publicationState: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  targetGroups: TargetGroup[];
  /** Locations' gminy and areas served, with every containing unit. */
  /** The units the record is attached to, exactly (no containing units): finds it in their parts. */
  unitCodes: string[];
  areaCodes: string[];
  /** Locations' gminy only, with every containing unit: "located in" as opposed to "serving". */
  locationAreaCodes: string[];
  costKind: CostKind;
  deliveryModes: DeliveryMode[];
  languages: string[];
  accessibilityFeatures: AccessibilityFeature[];
  /** Position of the first location, when it has coordinates. */
  _geo?: { lat: number; lng: number };
  isDemo: boolean;
  /** Days since 1970-01-01 of the last verification (0 when never): fresher ranks first on ties. */
  verifiedDay: number;
}

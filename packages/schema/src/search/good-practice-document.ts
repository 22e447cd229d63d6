import type { FundingKind } from "../good-practices/funding-kind";
import type { ServiceArea } from "../services/service-area";
import type { TargetGroup } from "../services/target-group";

export const GOOD_PRACTICES_INDEX = "good-practices";

/** The Meilisearch document of one good practice (dobra praktyka). */
export interface GoodPracticeDocument {
  id: string;
  slug: string;
  title: string;
  /** Title, places, organizations and theme labels without Polish diacritics (see foldPolish). */
  titleFolded: string;
  summary: string;
  /** The body as plain text, without Markdown syntax or link addresses. */
  bodyText: string;
  /** Summary and body text without Polish diacritics. */
  textFolded: string;
  /** The searchable text as Polish stems (see stemPolishText), so inflected queries match. */
  stems: string;
  /** Polish labels of the service areas and target groups. */
  themeLabels: string[];
  /** Names of the TERYT units where the practice was carried out. */
  placeNames: string[];
  organizationNames: string[];
  serviceAreas: ServiceArea[];
  targetGroups: TargetGroup[];
  /** The units where it was carried out, with every containing unit. */
  /** The units the record is attached to, exactly (no containing units): finds it in their parts. */
  unitCodes: string[];
  areaCodes: string[];
  fundingKinds: FundingKind[];
  fromYear: number;
  /** Null while it is still going on. */
  toYear: number | null;
  publicationState: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  isDemo: boolean;
}

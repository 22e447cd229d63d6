import { ORGANIZATIONS_INDEX } from "@obserwatorium/schema";
import type { IndexDefinition } from "../../provider/search-provider";
import { POLISH_TEXT_SETTINGS, RELEVANCE_RULES } from "../polish-text.settings";

export const organizationsIndex: IndexDefinition = {
  name: ORGANIZATIONS_INDEX,
  primaryKey: "id",
  settings: {
    searchableAttributes: [
      "name",
      "nameFolded",
      "shortName",
      "offeringNames",
      "offeringsFolded",
      "city",
      "description",
      "stems",
    ],
    filterableAttributes: [
      "publicationState",
      "legalForm",
      "pesType",
      "isActive",
      "seatGminaCode",
      "areaCodes",
      "unitCodes",
      "cpvCodes",
      "certificateTypes",
      "isDemo",
    ],
    sortableAttributes: ["name"],
    // Relevance first; among equally relevant organizations the active ones.
    rankingRules: [...RELEVANCE_RULES, "activeRank:desc"],
    displayedAttributes: [
      "id",
      "slug",
      "name",
      "shortName",
      "city",
      "legalForm",
      "pesType",
      "publicationState",
    ],
    localizedAttributes: [
      {
        attributePatterns: [
          "name",
          "nameFolded",
          "shortName",
          "offeringNames",
          "offeringsFolded",
          "description",
        ],
        locales: ["pol"],
      },
    ],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    pagination: { maxTotalHits: 5000 },
    ...POLISH_TEXT_SETTINGS,
  },
};

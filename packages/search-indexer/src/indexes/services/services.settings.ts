import { SERVICES_INDEX } from "@obserwatorium/schema";
import type { IndexDefinition } from "../../provider/search-provider";
import { POLISH_TEXT_SETTINGS, RELEVANCE_RULES } from "../polish-text.settings";

export const servicesIndex: IndexDefinition = {
  name: SERVICES_INDEX,
  primaryKey: "id",
  settings: {
    searchableAttributes: [
      "title",
      "titleFolded",
      "serviceTypeLabel",
      "placeNames",
      "providerName",
      "description",
      "stems",
    ],
    filterableAttributes: [
      "publicationState",
      "serviceType",
      "serviceArea",
      "targetGroups",
      "areaCodes",
      "unitCodes",
      "locationAreaCodes",
      "costKind",
      "deliveryModes",
      "languages",
      "accessibilityFeatures",
      "isDemo",
      "_geo",
    ],
    sortableAttributes: ["title", "_geo"],
    // Relevance first; among equally relevant services the more recently verified ones.
    rankingRules: [...RELEVANCE_RULES, "verifiedDay:desc"],
    displayedAttributes: ["id", "slug", "title", "serviceType", "costKind", "publicationState", "_geo"],
    localizedAttributes: [
      {
        attributePatterns: [
          "title",
          "titleFolded",
          "serviceTypeLabel",
          "placeNames",
          "providerName",
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

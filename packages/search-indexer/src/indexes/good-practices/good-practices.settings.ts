import { GOOD_PRACTICES_INDEX } from "@obserwatorium/schema";
import type { IndexDefinition } from "../../provider/search-provider";

const SEARCHABLE = [
  "title",
  "titleFolded",
  "themeLabels",
  "placeNames",
  "organizationNames",
  "summary",
  "bodyText",
  "textFolded",
];

export const goodPracticesIndex: IndexDefinition = {
  name: GOOD_PRACTICES_INDEX,
  primaryKey: "id",
  settings: {
    searchableAttributes: SEARCHABLE,
    filterableAttributes: [
      "publicationState",
      "serviceAreas",
      "targetGroups",
      "areaCodes",
      "fundingKinds",
      "fromYear",
      "toYear",
      "isDemo",
    ],
    sortableAttributes: ["title", "fromYear"],
    displayedAttributes: ["id", "slug", "title", "summary", "fromYear", "toYear", "publicationState"],
    localizedAttributes: [{ attributePatterns: SEARCHABLE, locales: ["pol"] }],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    pagination: { maxTotalHits: 5000 },
  },
};

import { GOOD_PRACTICES_INDEX } from "@obserwatorium/schema";
import type { IndexDefinition } from "../../provider/search-provider";
import { POLISH_TEXT_SETTINGS } from "../polish-text.settings";

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
// Stems are not Polish words, so they stay out of the localized attributes.
const SEARCHABLE_WITH_STEMS = [...SEARCHABLE, "stems"];

export const goodPracticesIndex: IndexDefinition = {
  name: GOOD_PRACTICES_INDEX,
  primaryKey: "id",
  settings: {
    searchableAttributes: SEARCHABLE_WITH_STEMS,
    filterableAttributes: [
      "publicationState",
      "serviceAreas",
      "targetGroups",
      "areaCodes",
      "unitCodes",
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
    ...POLISH_TEXT_SETTINGS,
  },
};

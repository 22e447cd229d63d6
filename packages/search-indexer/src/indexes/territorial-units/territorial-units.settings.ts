import { TERRITORIAL_UNITS_INDEX } from "@obserwatorium/schema";
import type { IndexDefinition } from "../../provider/search-provider";
import { POLISH_TEXT_SETTINGS } from "../polish-text.settings";

export const territorialUnitsIndex: IndexDefinition = {
  name: TERRITORIAL_UNITS_INDEX,
  primaryKey: "code",
  settings: {
    searchableAttributes: ["name", "nameFolded", "code"],
    filterableAttributes: ["kind", "parentCode", "ancestorCodes", "level"],
    sortableAttributes: ["name", "code", "level"],
    displayedAttributes: ["code", "name", "kind", "parentCode", "level"],
    // Larger units first when names tie: "Białystok" the city before a street-sized namesake.
    // Federated search merges indexes only when their custom rules sort the same way: all descend.
    rankingRules: ["words", "typo", "proximity", "attribute", "exactness", "breadth:desc"],
    localizedAttributes: [{ attributePatterns: ["name", "nameFolded"], locales: ["pol"] }],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    pagination: { maxTotalHits: 5000 },
    ...POLISH_TEXT_SETTINGS,
  },
};

import { meilisearchSynonyms, POLISH_STOP_WORDS } from "@obserwatorium/schema";
import type { Settings } from "meilisearch";

/** Domain synonyms and stop words (maintained in packages/schema), the same for every index. */
export const POLISH_TEXT_SETTINGS: Pick<Settings, "synonyms" | "stopWords"> = {
  synonyms: meilisearchSynonyms(),
  stopWords: [...POLISH_STOP_WORDS],
};

/**
 * Meilisearch's built-in rules in their default order; custom rules go after them, as tie-breakers,
 * and always descending: federated search refuses to merge indexes sorting in opposite directions.
 */
export const RELEVANCE_RULES = ["words", "typo", "proximity", "attribute", "sort", "exactness"] as const;

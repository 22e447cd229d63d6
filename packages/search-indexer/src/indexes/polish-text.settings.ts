import { meilisearchSynonyms, POLISH_STOP_WORDS } from "@obserwatorium/schema";
import type { Settings } from "meilisearch";

/** Domain synonyms and stop words (maintained in packages/schema), the same for every index. */
export const POLISH_TEXT_SETTINGS: Pick<Settings, "synonyms" | "stopWords"> = {
  synonyms: meilisearchSynonyms(),
  stopWords: [...POLISH_STOP_WORDS],
};

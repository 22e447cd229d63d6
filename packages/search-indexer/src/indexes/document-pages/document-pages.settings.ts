import { DOCUMENT_PAGES_INDEX } from "@obserwatorium/schema";
import type { IndexDefinition } from "../../provider/search-provider";
import { POLISH_TEXT_SETTINGS } from "../polish-text.settings";

export const documentPagesIndex: IndexDefinition = {
  name: DOCUMENT_PAGES_INDEX,
  primaryKey: "id",
  settings: {
    searchableAttributes: ["documentTitleFolded", "textFolded", "stems"],
    filterableAttributes: [
      "documentId",
      "publicationState",
      "kind",
      "territorialUnitCode",
      "areaCodes",
      "unitCodes",
      "isDemo",
    ],
    displayedAttributes: ["id", "documentId", "fileId", "pageNumber", "textFolded"],
    localizedAttributes: [{ attributePatterns: ["documentTitleFolded", "textFolded"], locales: ["pol"] }],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    pagination: { maxTotalHits: 5000 },
    ...POLISH_TEXT_SETTINGS,
  },
};

import type { EntityManager } from "@mikro-orm/postgresql";
import { foldPolish } from "@obserwatorium/schema";
import { snippetSegments, type SnippetSegment } from "../document/document-snippet";
import type { DocumentLoaders } from "../document/document.loaders";
import type { GoodPracticeLoaders } from "../good-practice/good-practice.loaders";
import type { OrganizationLoaders } from "../organization/organization.loaders";
import type { ServiceLoaders } from "../service/service.loaders";
import { TerritorialUnitEntity } from "../territory/territorial-unit.entity";
import type { SearchHitType } from "./search.enums";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./search-queries";

export interface HitLoaders {
  service: ServiceLoaders;
  organization: OrganizationLoaders;
  goodPractice: GoodPracticeLoaders;
  document: DocumentLoaders;
}

/** A ranked match before PostgreSQL has confirmed it: the type, the ID and the marked snippet. */
export interface RankedMatch {
  type: SearchHitType;
  id: string;
  formatted: string;
  page?: { fileId: string; pageNumber: number };
}

export interface ResolvedHit {
  type: SearchHitType;
  title: string;
  snippet: SnippetSegment[];
  /** The record, under the name of its field on the hit type. */
  [field: string]: unknown;
}

/** Cuts a snippet marked by the engine into segments. */
export function markedSegments(formatted: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  for (const [index, part] of formatted.split(new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_END}]`)).entries()) {
    if (part) segments.push({ text: part, highlighted: index % 2 === 1 });
  }
  return segments;
}

/**
 * Loads the records of ranked matches (batched) and keeps only what PostgreSQL says is published,
 * whatever the index claimed.
 */
export async function resolveHits(
  em: EntityManager,
  loaders: HitLoaders,
  matches: readonly RankedMatch[],
): Promise<ResolvedHit[]> {
  const unitCodes = matches.filter((match) => match.type === "TERRITORIAL_UNIT").map((match) => match.id);
  const units = new Map(
    unitCodes.length
      ? (await em.find(TerritorialUnitEntity, { code: { $in: unitCodes } })).map((unit) => [unit.code, unit])
      : [],
  );
  const resolved = await Promise.all(
    matches.map(async (match): Promise<ResolvedHit | null> => {
      const plain = () => markedSegments(match.formatted);
      switch (match.type) {
        case "SERVICE": {
          const service = await loaders.service.serviceById.load(match.id);
          if (service?.publicationState !== "PUBLISHED") return null;
          return { type: match.type, title: service.title, snippet: plain(), service };
        }
        case "ORGANIZATION": {
          const organization = await loaders.organization.organizationById.load(match.id);
          if (organization?.publicationState !== "PUBLISHED") return null;
          return { type: match.type, title: organization.name, snippet: plain(), organization };
        }
        case "GOOD_PRACTICE": {
          const goodPractice = await loaders.goodPractice.goodPracticeById.load(match.id);
          if (goodPractice?.publicationState !== "PUBLISHED") return null;
          return { type: match.type, title: goodPractice.title, snippet: plain(), goodPractice };
        }
        case "DOCUMENT": {
          const document = await loaders.document.documentById.load(match.id);
          if (document?.publicationState !== "PUBLISHED" || !match.page) return null;
          const page = await loaders.document.pageByKey.load(`${match.page.fileId}:${match.page.pageNumber}`);
          const snippet = page ? snippetSegments(match.formatted, page.text, foldPolish(page.text)) : plain();
          return { type: match.type, title: document.title, snippet, document, ...match.page };
        }
        case "TERRITORIAL_UNIT": {
          const territorialUnit = units.get(match.id);
          if (!territorialUnit) return null;
          return { type: match.type, title: territorialUnit.name, snippet: plain(), territorialUnit };
        }
      }
    }),
  );
  return resolved.filter((hit): hit is ResolvedHit => hit !== null);
}

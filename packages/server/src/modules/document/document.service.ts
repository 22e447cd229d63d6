import { foldPolish, isTerytCode, type DocumentStatus } from "@obserwatorium/schema";
import type { Clock } from "../common/clock";
import { InvalidInputError } from "../common/errors";
import { toGlobalId, uuidFromGlobalId } from "../common/global-id";
import {
  assertPageSize,
  buildConnection,
  decodeCursor,
  encodeCursor,
  type Connection,
} from "../common/pagination";
import { canSeeUnpublished, type Viewer } from "../common/viewer";
import { snippetSegments } from "./document-snippet";
import { documentStatus } from "./document-status";
import type { PageHit } from "./document-text-search";
import type { DocumentTextSearch } from "./document-text-search";
import type { DocumentRecord } from "./document.entity";
import type { DocumentLoaders } from "./document.loaders";
import { documentVisibility, type DocumentCriteria } from "./document.query";
import type { DocumentRepository } from "./document.repository";
import type { DocumentFile } from "./files/document-file.entity";
import type { DocumentsArgs, DocumentFilterInput } from "./dto/document-filter.input";
import type { PageMatchType } from "./document.type";

const MAX_TEXT_LENGTH = 200;

/** Read side of the documents; PostgreSQL applies visibility to every list and lookup. */
export class DocumentQueryService {
  /** Page hits of this request's text search, for `Document.textMatches`. */
  private pageHits = new Map<string, PageHit[]>();

  constructor(
    private readonly repository: DocumentRepository,
    private readonly loaders: DocumentLoaders,
    private readonly textSearch: DocumentTextSearch,
    private readonly clock: Clock,
    private readonly viewer: Viewer,
  ) {}

  async findById(globalId: string, field = "id"): Promise<DocumentRecord | null> {
    const id = uuidFromGlobalId(globalId, "Document", field);
    // Editors also find archived documents by id, to see them in the panel.
    const states = canSeeUnpublished(this.viewer)
      ? { publicationStates: ["DRAFT", "PUBLISHED", "ARCHIVED"] as const }
      : {};
    const page = await this.repository.findPage({ ...this.base(), ...states, ids: [id] }, 1, 0);
    return page.ids[0] ? this.loaders.documentById.load(page.ids[0]) : null;
  }

  /** A file by its global ID, when the caller may see its document. */
  async findFileById(globalId: string, field = "id"): Promise<DocumentFile | null> {
    const file = await this.repository.findFile(uuidFromGlobalId(globalId, "DocumentFile", field));
    const document = file && (await this.findById(toGlobalId("Document", file.documentId)));
    return document ? file : null;
  }

  async list(args: DocumentsArgs): Promise<Connection<DocumentRecord>> {
    assertPageSize(args.first);
    const offset = args.after ? Number(decodeCursor(args.after, "offset")) : 0;
    if (!Number.isInteger(offset) || offset < 0)
      throw new InvalidInputError("after", "is not a cursor of this list");
    const criteria = this.criteria(args.filter ?? null);
    const text = args.filter?.text?.trim();
    if (text) {
      const hits = await this.textSearch.search(text, !canSeeUnpublished(this.viewer));
      this.pageHits = hits.pagesByDocument;
      criteria.ids = hits.documentIds;
      criteria.relevance = true;
    }
    const page =
      criteria.ids?.length === 0
        ? { ids: [], totalCount: 0 }
        : await this.repository.findPage(criteria, args.first, offset);
    const documents = (await this.loaders.documentById.loadMany(page.ids)).filter(
      (document): document is DocumentRecord => document !== null && !(document instanceof Error),
    );
    return buildConnection(
      documents,
      (document) => encodeCursor("offset", offset + documents.indexOf(document) + 1),
      {
        hasNextPage: offset + page.ids.length < page.totalCount,
        hasPreviousPage: offset > 0,
        totalCount: page.totalCount,
      },
    );
  }

  status(document: DocumentRecord): DocumentStatus {
    return documentStatus(document, this.clock.today());
  }

  /** The pages where this request's text search matched the document, with snippets in the original text. */
  async textMatches(document: DocumentRecord): Promise<PageMatchType[]> {
    const hits = this.pageHits.get(document.id) ?? [];
    const pages = await this.loaders.pageByKey.loadMany(hits.map((hit) => `${hit.fileId}:${hit.pageNumber}`));
    return hits.map((hit, index) => {
      const page = pages[index];
      const original = page && !(page instanceof Error) ? page.text : "";
      return {
        fileId: toGlobalId("DocumentFile", hit.fileId),
        pageNumber: hit.pageNumber,
        snippet: snippetSegments(hit.formatted, original, foldPolish(original)),
      };
    });
  }

  private base(): DocumentCriteria {
    return { ...documentVisibility(this.viewer), today: this.clock.today() };
  }

  private criteria(filter: DocumentFilterInput | null): DocumentCriteria {
    const text = filter?.text?.trim();
    if (text && text.length > MAX_TEXT_LENGTH) {
      throw new InvalidInputError("filter.text", `must be at most ${MAX_TEXT_LENGTH} characters`);
    }
    const areaCode = filter?.areaCode?.trim();
    if (areaCode && !isTerytCode(areaCode)) {
      throw new InvalidInputError("filter.areaCode", "must be a TERYT code of 2, 4 or 7 digits");
    }
    const year = filter?.year ?? undefined;
    if (year !== undefined && (year < 1990 || year > 2100)) {
      throw new InvalidInputError("filter.year", "must be a year between 1990 and 2100");
    }
    const mayChooseStates = canSeeUnpublished(this.viewer) && filter?.publicationStates?.length;
    return {
      ...this.base(),
      ...(mayChooseStates && { publicationStates: filter!.publicationStates! }),
      kinds: filter?.kinds ?? undefined,
      areaCode: areaCode || undefined,
      year,
      statuses: filter?.statuses ?? undefined,
    };
  }
}

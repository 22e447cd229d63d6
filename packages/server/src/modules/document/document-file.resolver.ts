import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { InvalidInputError } from "../common/errors";
import { toGlobalId } from "../common/global-id";
import { DocumentFileType, DocumentPageType } from "./document.type";
import { DocumentPageEntity, type DocumentFile } from "./files/document-file.entity";

const MAX_PAGES = 100;

@Resolver(() => DocumentFileType)
export class DocumentFileResolver {
  @FieldResolver(() => ID, { description: "Global ID of the file, as in PageMatch.fileId" })
  id(@Root() file: DocumentFile) {
    return toGlobalId("DocumentFile", file.id);
  }

  @FieldResolver(() => String, {
    description: "Path on the API server; add ?download=1 to save instead of open",
  })
  downloadPath(@Root() file: DocumentFile) {
    return `/files/${file.id}`;
  }

  @FieldResolver(() => [DocumentPageType], {
    description: "Extracted text, page by page (for reading in HTML)",
  })
  pages(
    @Root() file: DocumentFile,
    @Ctx() { em }: RequestContext,
    @Arg("fromPage", () => Int, {
      defaultValue: 1,
      description: "Number of the first page to return (1-based)",
    })
    fromPage: number,
    @Arg("first", () => Int, { defaultValue: MAX_PAGES, description: `At most ${MAX_PAGES}` }) first: number,
  ) {
    if (fromPage < 1) throw new InvalidInputError("fromPage", "must be 1 or more");
    if (first < 1 || first > MAX_PAGES)
      throw new InvalidInputError("first", `must be between 1 and ${MAX_PAGES}`);
    return em.find(
      DocumentPageEntity,
      { fileId: file.id, pageNumber: { $gte: fromPage } },
      { orderBy: { pageNumber: "asc" }, limit: first },
    );
  }
}

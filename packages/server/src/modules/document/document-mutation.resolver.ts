import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { DocumentPayload } from "./document-payload.type";
import { DocumentInput } from "./dto/document.input";

@Resolver()
export class DocumentMutationResolver {
  @Authorized()
  @Mutation(() => DocumentPayload, {
    description: "Creates a draft document; upload its files to POST /files/documents/{id}",
  })
  createDocument(
    @Arg("input", () => DocumentInput, { description: "The document's data" }) input: DocumentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.documentEditor.create(input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => DocumentPayload, { description: "Replaces every editable field of a document" })
  updateDocument(
    @Arg("id", () => ID, { description: "Global ID of the document" }) id: string,
    @Arg("input", () => DocumentInput, { description: "The whole record as it should be" })
    input: DocumentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.documentEditor.update(id, input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => DocumentPayload, { description: "Makes a document and its files visible to everyone" })
  publishDocument(
    @Arg("id", () => ID, { description: "Global ID of the document" }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.documentEditor.publish(id, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => DocumentPayload, { description: "Hides a document from the public; history is kept" })
  archiveDocument(
    @Arg("id", () => ID, { description: "Global ID of the document" }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.documentEditor.archive(id, ctx.auth.user!);
  }
}

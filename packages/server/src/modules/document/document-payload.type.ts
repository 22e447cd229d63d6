import { Field, ObjectType } from "type-graphql";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { DocumentRecord } from "./document.entity";
import { DocumentType } from "./document.type";

@ObjectType("DocumentPayload", { description: "A document after a change, or the reasons it was refused" })
export class DocumentPayload {
  @Field(() => DocumentType, { nullable: true, description: "Null when userErrors is not empty" })
  document!: DocumentRecord | null;

  @Field(() => [UserErrorType], { description: "Why nothing was written; empty on success" })
  userErrors!: UserError[];
}

export const documentPayload = (document: DocumentRecord | null, userErrors: UserError[] = []) => ({
  document: userErrors.length ? null : document,
  userErrors,
});

import { Field, ObjectType } from "type-graphql";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { Certificate } from "./certificate.entity";
import { CertificateObjectType } from "./certificate.type";

@ObjectType("CertificatePayload", {
  description: "A certificate after a change, or the reasons it was refused",
})
export class CertificatePayload {
  @Field(() => CertificateObjectType, { nullable: true, description: "Null when userErrors is not empty" })
  certificate!: Certificate | null;

  @Field(() => [UserErrorType], { description: "Why nothing was written; empty on success" })
  userErrors!: UserError[];
}

export const certificatePayload = (certificate: Certificate | null, userErrors: UserError[] = []) => ({
  certificate: userErrors.length ? null : certificate,
  userErrors,
});

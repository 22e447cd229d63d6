import { Field, ObjectType } from "type-graphql";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { Certificate } from "./certificate.entity";
import { CertificateObjectType } from "./certificate.type";

@ObjectType("CertificatePayload")
export class CertificatePayload {
  @Field(() => CertificateObjectType, { nullable: true, description: "Null when userErrors is not empty" })
  certificate!: Certificate | null;

  @Field(() => [UserErrorType])
  userErrors!: UserError[];
}

export const certificatePayload = (certificate: Certificate | null, userErrors: UserError[] = []) => ({
  certificate: userErrors.length ? null : certificate,
  userErrors,
});

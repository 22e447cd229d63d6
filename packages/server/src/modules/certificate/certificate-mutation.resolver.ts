import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { CertificatePayload } from "./certificate-payload.type";
import { IssueCertificateInput, RenewCertificateInput } from "./dto/certificate.input";

@Resolver()
export class CertificateMutationResolver {
  @Authorized()
  @Mutation(() => CertificatePayload, { description: "Grants a certificate for named offerings" })
  issueCertificate(
    @Arg("input", () => IssueCertificateInput, { description: "The certificate's data" })
    input: IssueCertificateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.certificateEditor.issue(input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => CertificatePayload, { description: "Issues the next term of a certificate" })
  renewCertificate(
    @Arg("id", () => ID, { description: "Global ID of the certificate" }) id: string,
    @Arg("input", () => RenewCertificateInput, { description: "The new term" }) input: RenewCertificateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.certificateEditor.renew(id, input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => CertificatePayload, { description: "Revokes a certificate, with the reason" })
  revokeCertificate(
    @Arg("id", () => ID, { description: "Global ID of the certificate" }) id: string,
    @Arg("reason", () => String, { description: "Why it is withdrawn; shown with the certificate" })
    reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.certificateEditor.revoke(id, reason, ctx.auth.user!);
  }
}

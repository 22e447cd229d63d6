import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { CertificatePayload } from "./certificate-payload.type";
import { IssueCertificateInput, RenewCertificateInput } from "./dto/certificate.input";

@Resolver()
export class CertificateMutationResolver {
  @Authorized()
  @Mutation(() => CertificatePayload, { description: "Grants a certificate for named offerings" })
  issueCertificate(
    @Arg("input", () => IssueCertificateInput) input: IssueCertificateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.certificateEditor.issue(input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => CertificatePayload, { description: "Issues the next term of a certificate" })
  renewCertificate(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => RenewCertificateInput) input: RenewCertificateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.certificateEditor.renew(id, input, ctx.auth.user!);
  }

  @Authorized()
  @Mutation(() => CertificatePayload, { description: "Revokes a certificate, with the reason" })
  revokeCertificate(
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.certificateEditor.revoke(id, reason, ctx.auth.user!);
  }
}

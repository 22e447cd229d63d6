import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { toGlobalId } from "../common/global-id";
import { OrganizationType } from "../organization/organization.type";
import type { CertificateStatus } from "./certificate-status";
import type { Certificate } from "./certificate.entity";
import { CertificateStatusEnum } from "./certificate.enums";
import { CertificateConnection, CertificateObjectType, CertifiedOfferingType } from "./certificate.type";
import { CertificatesArgs } from "./dto/certificates.args";

@Resolver(() => CertificateObjectType)
export class CertificateResolver {
  @Query(() => CertificateConnection, { description: "Certificates, longest-valid first" })
  certificates(
    @Args(() => CertificatesArgs) args: CertificatesArgs,
    @Ctx() { certificates }: RequestContext,
  ) {
    return certificates.list(args);
  }

  @Query(() => CertificateObjectType, {
    nullable: true,
    description: "One certificate by its global ID; null when not visible",
  })
  certificate(
    @Arg("id", () => ID, { description: "Global ID of the certificate" }) id: string,
    @Ctx() { certificates }: RequestContext,
  ) {
    return certificates.findById(id);
  }

  @FieldResolver(() => ID, { description: "Global ID, stable and opaque; works with node(id)" })
  id(@Root() certificate: Certificate) {
    return toGlobalId("Certificate", certificate.id);
  }

  @FieldResolver(() => CertificateStatusEnum, {
    description: "Its state today: active, not yet valid, expired or revoked",
  })
  status(@Root() certificate: Certificate, @Ctx() { certificates }: RequestContext): CertificateStatus {
    return certificates.status(certificate);
  }

  @FieldResolver(() => Boolean, { description: "Not revoked and today within validFrom..validTo" })
  isActive(@Root() certificate: Certificate, @Ctx() { certificates }: RequestContext) {
    return certificates.status(certificate) === "ACTIVE";
  }

  @FieldResolver(() => [CertifiedOfferingType], { description: "The products and services it covers" })
  offerings(@Root() certificate: Certificate, @Ctx() { certificates }: RequestContext) {
    return certificates.offerings(certificate);
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: "The holder" })
  organization(@Root() certificate: Certificate, @Ctx() { certificates }: RequestContext) {
    return certificates.holder(certificate);
  }
}

import { isTerytCode } from "@obserwatorium/schema";
import type { Clock } from "../common/clock";
import { InvalidInputError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import {
  assertPageSize,
  buildConnection,
  decodeCursor,
  encodeCursor,
  type Connection,
} from "../common/pagination";
import { canSeeUnpublished, type Viewer } from "../common/viewer";
import type { OrganizationLoaders } from "../organization/organization.loaders";
import type { OrganizationService } from "../organization/organization.service";
import type { CertificatesArgs } from "./dto/certificates.args";
import { certificateStatusOn, type CertificateStatus } from "./certificate-status";
import type { Certificate } from "./certificate.entity";
import type { CertificateRepository } from "./certificate.repository";
import type { CertifiedOffering } from "./certified-offering.entity";
import { CertificateEntity } from "./certificate.entity";
import type { EntityManager } from "@mikro-orm/postgresql";

export class CertificateService {
  constructor(
    private readonly em: EntityManager,
    private readonly repository: CertificateRepository,
    private readonly loaders: OrganizationLoaders,
    private readonly organizations: OrganizationService,
    private readonly clock: Clock,
    private readonly viewer: Viewer,
  ) {}

  status(certificate: Certificate): CertificateStatus {
    return certificateStatusOn(certificate, this.clock.today());
  }

  offerings(certificate: Certificate): Promise<CertifiedOffering[]> {
    return this.loaders.certifiedOfferingsByCertificate.load(certificate.id);
  }

  holder(certificate: Certificate) {
    return this.organizations.findByUuid(certificate.organizationId);
  }

  async findById(globalId: string): Promise<Certificate | null> {
    const certificate = await this.em.findOne(CertificateEntity, {
      id: uuidFromGlobalId(globalId, "Certificate"),
    });
    if (!certificate) return null;
    return (await this.holder(certificate)) ? certificate : null;
  }

  async list(args: CertificatesArgs): Promise<Connection<Certificate>> {
    assertPageSize(args.first);
    const offset = args.after ? Number(decodeCursor(args.after, "offset")) : 0;
    if (!Number.isInteger(offset) || offset < 0)
      throw new InvalidInputError("after", "is not a cursor of this list");
    const filter = args.filter ?? {};
    const areaCode = filter.areaCode?.trim();
    if (areaCode && !isTerytCode(areaCode)) {
      throw new InvalidInputError("filter.areaCode", "must be a TERYT code of 2, 4 or 7 digits");
    }
    const cpvPrefix = filter.cpvPrefix?.trim();
    if (cpvPrefix && !/^\d{1,8}(-\d)?$/.test(cpvPrefix)) {
      throw new InvalidInputError(
        "filter.cpvPrefix",
        "must be 1 to 8 digits of a CPV code, optionally with its check digit",
      );
    }
    const page = await this.repository.findPage(
      {
        today: this.clock.today(),
        publicationStates: canSeeUnpublished(this.viewer)
          ? ["DRAFT", "PUBLISHED", "ARCHIVED"]
          : ["PUBLISHED"],
        type: filter.type ?? undefined,
        activeOnly: filter.activeOnly ?? undefined,
        organizationId: filter.organizationId
          ? uuidFromGlobalId(filter.organizationId, "Organization", "filter.organizationId")
          : undefined,
        areaCode: areaCode || undefined,
        cpvPrefix: cpvPrefix || undefined,
      },
      args.first,
      offset,
    );
    const certificates = await this.em.find(CertificateEntity, { id: { $in: page.ids } });
    const byId = new Map(certificates.map((certificate) => [certificate.id, certificate]));
    const ordered = page.ids.map((id) => byId.get(id)!).filter(Boolean);
    return buildConnection(
      ordered,
      (certificate) => encodeCursor("offset", offset + ordered.indexOf(certificate) + 1),
      {
        hasNextPage: offset + page.ids.length < page.totalCount,
        hasPreviousPage: offset > 0,
        totalCount: page.totalCount,
      },
    );
  }
}

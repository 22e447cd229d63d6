import {
  isTerytCode,
  type ReservedContractKind,
  type SocialEnterpriseStatusValue,
} from "@obserwatorium/schema";
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
import { certificateStatusOn } from "../certificate/certificate-status";
import type { Certificate } from "../certificate/certificate.entity";
import type { OrganizationsArgs } from "./dto/organizations.args";
import type { OrganizationFilterInput } from "./dto/organization-filter.input";
import type { Organization } from "./organization.entity";
import type { OrganizationLoaders } from "./organization.loaders";
import type { OrganizationCriteria } from "./organization.query";
import type { OrganizationRepository } from "./organization.repository";
import { reservedContractKindsOf } from "./reserved-contracts";
import type { TextRanking } from "../common/text-ranking";
import { socialEnterpriseStatusOn } from "./social-enterprise-status";

const IDENTIFIER = /^\d{9,14}$/;
const CPV_PREFIX = /^\d{1,8}(-\d)?$/;
const MAX_TEXT_LENGTH = 200;

export class OrganizationService {
  constructor(
    private readonly repository: OrganizationRepository,
    private readonly search: TextRanking,
    private readonly loaders: OrganizationLoaders,
    private readonly clock: Clock,
    private readonly viewer: Viewer,
  ) {}

  isVisible(organization: Organization | null): organization is Organization {
    return (
      organization !== null &&
      (organization.publicationState === "PUBLISHED" || canSeeUnpublished(this.viewer))
    );
  }

  async findById(globalId: string, field = "id"): Promise<Organization | null> {
    const organization = await this.loaders.organizationById.load(
      uuidFromGlobalId(globalId, "Organization", field),
    );
    return this.isVisible(organization) ? organization : null;
  }

  async findByUuid(id: string): Promise<Organization | null> {
    const organization = await this.loaders.organizationById.load(id);
    return this.isVisible(organization) ? organization : null;
  }

  async findBySlug(slug: string): Promise<Organization | null> {
    const page = await this.repository.findPage({ ...this.baseCriteria(null), slug }, "NAME", 1, 0);
    return page.ids[0] ? this.findByUuid(page.ids[0]) : null;
  }

  async list(args: OrganizationsArgs): Promise<Connection<Organization>> {
    assertPageSize(args.first);
    const offset = args.after ? Number(decodeCursor(args.after, "offset")) : 0;
    if (!Number.isInteger(offset) || offset < 0)
      throw new InvalidInputError("after", "is not a cursor of this list");
    const criteria = this.baseCriteria(args.filter ?? null);
    const text = args.filter?.text?.trim();
    let order: OrganizationsArgs["orderBy"] | "RELEVANCE" = args.orderBy;
    if (text && IDENTIFIER.test(text.replace(/[\s-]/g, ""))) {
      criteria.identifier = text.replace(/[\s-]/g, "");
    } else if (text) {
      criteria.ids = await this.search.rankedIds(text, !canSeeUnpublished(this.viewer));
      order = "RELEVANCE";
      if (criteria.ids.length === 0)
        return buildConnection([], () => "", {
          hasNextPage: false,
          hasPreviousPage: offset > 0,
          totalCount: 0,
        });
    }
    const page = await this.repository.findPage(criteria, order, args.first, offset);
    const organizations = (await this.loaders.organizationById.loadMany(page.ids)).filter(
      (organization): organization is Organization =>
        organization !== null && !(organization instanceof Error),
    );
    const position = new Map(
      organizations.map((organization, index) => [organization.id, offset + index + 1]),
    );
    return buildConnection(
      organizations,
      (organization) => encodeCursor("offset", position.get(organization.id)!),
      {
        hasNextPage: offset + page.ids.length < page.totalCount,
        hasPreviousPage: offset > 0,
        totalCount: page.totalCount,
      },
    );
  }

  async socialEnterpriseStatus(organization: Organization): Promise<SocialEnterpriseStatusValue> {
    return socialEnterpriseStatusOn(
      await this.loaders.decisionsByOrganization.load(organization.id),
      this.clock.today(),
    );
  }

  async reservedContractKinds(organization: Organization): Promise<ReservedContractKind[]> {
    return reservedContractKindsOf(
      organization,
      await this.loaders.offeringsByOrganization.load(organization.id),
    );
  }

  async certificates(organization: Organization, activeOnly: boolean): Promise<Certificate[]> {
    const certificates = await this.loaders.certificatesByOrganization.load(organization.id);
    const today = this.clock.today();
    return activeOnly
      ? certificates.filter((certificate) => certificateStatusOn(certificate, today) === "ACTIVE")
      : certificates;
  }

  private baseCriteria(filter: OrganizationFilterInput | null): OrganizationCriteria {
    const text = filter?.text?.trim();
    if (text && text.length > MAX_TEXT_LENGTH) {
      throw new InvalidInputError("filter.text", `must be at most ${MAX_TEXT_LENGTH} characters`);
    }
    const areaCode = filter?.areaCode?.trim();
    if (areaCode && !isTerytCode(areaCode)) {
      throw new InvalidInputError("filter.areaCode", "must be a TERYT code of 2, 4 or 7 digits");
    }
    const cpvPrefix = filter?.cpvPrefix?.trim();
    if (cpvPrefix && !CPV_PREFIX.test(cpvPrefix)) {
      throw new InvalidInputError(
        "filter.cpvPrefix",
        "must be 1 to 8 digits of a CPV code, optionally with its check digit",
      );
    }
    const mayChooseStates = canSeeUnpublished(this.viewer) && filter?.publicationStates?.length;
    return {
      today: this.clock.today(),
      publicationStates: mayChooseStates
        ? filter!.publicationStates!
        : canSeeUnpublished(this.viewer)
          ? ["DRAFT", "PUBLISHED"]
          : ["PUBLISHED"],
      legalForms: filter?.legalForms ?? undefined,
      pesTypes: filter?.pesTypes ?? undefined,
      socialEnterpriseStatuses: filter?.socialEnterpriseStatuses ?? undefined,
      hasActiveCertificate: filter?.hasActiveCertificate ?? undefined,
      activeCertificateType: filter?.activeCertificateType ?? undefined,
      areaCode: areaCode || undefined,
      cpvPrefix: cpvPrefix || undefined,
      canBidForReservedContract: filter?.canBidForReservedContract ?? undefined,
      activeOnly: filter?.activeOnly ?? undefined,
    };
  }
}

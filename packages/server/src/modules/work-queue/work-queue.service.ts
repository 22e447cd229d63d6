import type { EntityManager } from "@mikro-orm/postgresql";
import { CertificateEntity } from "../certificate/certificate.entity";
import { ChangeProposalEntity } from "../change-proposal/change-proposal.entity";
import type { Clock } from "../common/clock";
import { InvalidInputError } from "../common/errors";
import type { DocumentLoaders } from "../document/document.loaders";
import type { OrganizationLoaders } from "../organization/organization.loaders";
import { ServiceReportEntity } from "../service/service-report.entity";
import type { ServiceLoaders } from "../service/service.loaders";
import { findQueueHeads } from "./work-queue.repository";

const MAX_ITEMS = 50;

/** `rows` in the order of `ids` (the queue's order), leaving out any that vanished meanwhile. */
function inOrder<T extends { id: string }>(ids: string[], rows: readonly (T | null | Error)[]): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) if (row && !(row instanceof Error)) byId.set(row.id, row);
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The editors' queues: one statement for every count and head, then one batch per kind of item. */
export class WorkQueueService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly loaders: {
      service: ServiceLoaders;
      document: DocumentLoaders;
      organization: OrganizationLoaders;
    },
  ) {}

  async queues(first: number) {
    if (!Number.isInteger(first) || first < 0 || first > MAX_ITEMS) {
      throw new InvalidInputError("first", `must be between 0 and ${MAX_ITEMS}`);
    }
    const heads = await findQueueHeads(this.em, this.clock.today(), first);
    const find = <T extends { id: string }>(
      ids: string[],
      load: () => Promise<readonly (T | null | Error)[]>,
    ) => (ids.length ? load().then((rows) => inOrder(ids, rows)) : Promise.resolve([] as T[]));
    const {
      pendingProposals,
      outdatedReports,
      unverifiedServices,
      unverifiedOrganizations,
      expiringCertificates,
      documentsWithoutText,
    } = heads;
    const [proposals, reports, services, organizations, certificates, documents] = await Promise.all([
      find(pendingProposals.ids, () =>
        this.em.find(ChangeProposalEntity, { id: { $in: pendingProposals.ids } }),
      ),
      find(outdatedReports.ids, () =>
        this.em.find(ServiceReportEntity, { id: { $in: outdatedReports.ids } }),
      ),
      find(unverifiedServices.ids, () => this.loaders.service.serviceById.loadMany(unverifiedServices.ids)),
      find(unverifiedOrganizations.ids, () =>
        this.loaders.organization.organizationById.loadMany(unverifiedOrganizations.ids),
      ),
      find(expiringCertificates.ids, () =>
        this.em.find(CertificateEntity, { id: { $in: expiringCertificates.ids } }),
      ),
      find(documentsWithoutText.ids, () =>
        this.loaders.document.documentById.loadMany(documentsWithoutText.ids),
      ),
    ]);
    return {
      pendingProposals: { totalCount: pendingProposals.totalCount, items: proposals },
      outdatedReports: { totalCount: outdatedReports.totalCount, items: reports },
      unverifiedServices: { totalCount: unverifiedServices.totalCount, items: services },
      unverifiedOrganizations: { totalCount: unverifiedOrganizations.totalCount, items: organizations },
      expiringCertificates: { totalCount: expiringCertificates.totalCount, items: certificates },
      documentsWithoutText: { totalCount: documentsWithoutText.totalCount, items: documents },
    };
  }
}

import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { recordAudit } from "../audit/audit.service";
import type { Clock } from "../common/clock";
import { DomainError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import { assertPageSize, buildConnection, decodeCursor, encodeCursor } from "../common/pagination";
import type { UserError } from "../common/user-error.type";
import { reportRateLimit } from "./report-rate-limit";
import { ServiceReportEntity, type ServiceReport } from "./service-report.entity";
import { validateReport } from "./service-report.validation";
import type { ServiceQueryService } from "./service.service";

type Actor = { id: string };
const payload = (report: ServiceReport | null, userErrors: UserError[] = []) => ({
  report: userErrors.length ? null : report,
  userErrors,
});

/** Residents' reports of outdated data: the one write open to anonymous callers, rate-limited. */
export class ServiceReportService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: ServiceQueryService,
    private readonly clock: Clock,
  ) {}

  async report(
    serviceGlobalId: string,
    message: string,
    contact: string | null | undefined,
    clientIp: string,
  ) {
    const validated = validateReport(message, contact);
    const service = await this.visibleService(serviceGlobalId);
    if (!service)
      validated.errors.unshift({ field: ["serviceId"], message: "no visible service has this ID" });
    if (validated.errors.length || !service) return payload(null, validated.errors);
    const now = this.clock.now();
    const report = await this.em.transactional(async (tx) => {
      if (!(await reportRateLimit.take(tx, reportRateLimit.clientKey(clientIp), now))) return null;
      const created = tx.create(ServiceReportEntity, {
        id: randomUUID(),
        serviceId: service.id,
        message: validated.message,
        contact: validated.contact,
        createdAt: now,
      });
      // The message and contact stay in the report only, so that deleting it deletes them.
      recordAudit(tx, {
        actorUserId: null,
        action: "SERVICE_REPORTED_OUTDATED",
        entityType: "Service",
        entityId: service.id,
        before: null,
        after: { reportId: created.id },
      });
      return created;
    });
    return report
      ? payload(report)
      : payload(null, [{ field: [], message: "too many reports from this address; try again later" }]);
  }

  async list(unresolvedOnly: boolean, first: number, after: string | null | undefined) {
    assertPageSize(first);
    const offset = after ? Number(decodeCursor(after, "offset")) : 0;
    const where = unresolvedOnly ? { resolvedAt: null } : {};
    const [reports, totalCount] = await this.em.findAndCount(ServiceReportEntity, where, {
      orderBy: { createdAt: "desc", id: "asc" },
      limit: first,
      offset,
    });
    return buildConnection(
      reports,
      (report) => encodeCursor("offset", offset + reports.indexOf(report) + 1),
      {
        hasNextPage: offset + reports.length < totalCount,
        hasPreviousPage: offset > 0,
        totalCount,
      },
    );
  }

  async resolve(globalId: string, note: string | null | undefined, actor: Actor) {
    const id = uuidFromGlobalId(globalId, "ServiceReport");
    const report = await this.em.findOne(ServiceReportEntity, { id });
    if (!report) return payload(null, [{ field: ["id"], message: "no report has this ID" }]);
    if (report.resolvedAt) return payload(null, [{ field: ["id"], message: "is already resolved" }]);
    await this.em.transactional(async (tx) => {
      tx.assign(report, {
        resolvedAt: this.clock.now(),
        resolvedByUserId: actor.id,
        resolutionNote: note?.trim() ?? "",
      });
      recordAudit(tx, {
        actorUserId: actor.id,
        action: "SERVICE_REPORT_RESOLVED",
        entityType: "Service",
        entityId: report.serviceId,
        before: { reportId: report.id, resolvedAt: null },
        after: { reportId: report.id, resolvedAt: report.resolvedAt!.toISOString() },
      });
    });
    return payload(report);
  }

  private async visibleService(globalId: string) {
    try {
      return await this.services.findById(globalId, "serviceId");
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
  }
}

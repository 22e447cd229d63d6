import type { EntityManager } from "@mikro-orm/postgresql";
import { MUNICIPALITY_KINDS, type DocumentStatus } from "@obserwatorium/schema";
import type { Clock } from "../common/clock";
import { InvalidInputError } from "../common/errors";
import type { Viewer } from "../common/viewer";
import { TerritorialUnitEntity, type TerritorialUnit } from "../territory/territorial-unit.entity";
import { DOCUMENT_STATUS_SQL, documentStatusParams } from "./document-status";
import type { DocumentLoaders } from "./document.loaders";
import { documentVisibility } from "./document.query";
import type { LpdiCoverageType, LpdiStatus } from "./lpdi-coverage.type";

/** The regional DI project aims at half of the JST having a plan. */
export const LPDI_TARGET_SHARE = 0.5;

const RANK: Record<LpdiStatus, number> = { NONE: 0, IN_PREPARATION: 1, ADOPTED: 2, IN_FORCE: 3 };

function lpdiStatus(status: DocumentStatus): LpdiStatus {
  if (status === "IN_FORCE" || status === "ADOPTED") return status;
  return status === "DRAFT" || status === "CONSULTATION" ? "IN_PREPARATION" : "NONE";
}

/** For a województwo or powiat: every powiat and gmina with the state of its LPDI, and the share adopted. */
export class LpdiCoverageService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: DocumentLoaders,
    private readonly clock: Clock,
    private readonly viewer: Viewer,
  ) {}

  async coverage(areaCode: string): Promise<LpdiCoverageType> {
    const code = areaCode.trim();
    if (!/^(\d{2}|\d{4})$/.test(code)) {
      throw new InvalidInputError(
        "areaCode",
        "must be the TERYT code of a województwo (2 digits) or a powiat (4 digits)",
      );
    }
    const unit = await this.em.findOne(TerritorialUnitEntity, { code });
    if (!unit) throw new InvalidInputError("areaCode", "is not a TERYT unit");
    const jst = await this.jstOf(code);
    const plans = await this.plansIn(code);
    const entries = jst.map((member) => {
      // A city with powiat rights is one JST: its plan may be filed under the gmina or the powiat code.
      const codes =
        MUNICIPALITY_KINDS.includes(member.kind) &&
        member.parentCode &&
        /^\d{2}[6-9]\d$/.test(member.parentCode)
          ? [member.code, member.parentCode]
          : [member.code];
      const best = plans
        .filter((plan) => codes.includes(plan.unitCode))
        .reduce<{ status: LpdiStatus; id: string | null }>(
          (current, plan) =>
            RANK[plan.status] > RANK[current.status] ? { status: plan.status, id: plan.id } : current,
          { status: "NONE", id: null },
        );
      return { unit: member, status: best.status, documentId: best.id };
    });
    const documents = await this.loaders.documentById.loadMany(
      entries.flatMap((entry) => (entry.documentId ? [entry.documentId] : [])),
    );
    const byId = new Map(
      documents.flatMap((document) =>
        document && !(document instanceof Error) ? [[document.id, document]] : [],
      ),
    );
    const adoptedCount = entries.filter(
      (entry) => entry.status === "ADOPTED" || entry.status === "IN_FORCE",
    ).length;
    return {
      unit,
      jstCount: entries.length,
      adoptedCount,
      adoptedShare: entries.length ? adoptedCount / entries.length : 0,
      targetShare: LPDI_TARGET_SHARE,
      entries: entries.map(({ unit: member, status, documentId }) => ({
        unit: member,
        status,
        document: documentId ? (byId.get(documentId) ?? null) : null,
      })),
    };
  }

  /** Powiaty (not cities with powiat rights: those count as their gmina) and gminy, by code. */
  private async jstOf(code: string): Promise<TerritorialUnit[]> {
    const units = await this.em.find(
      TerritorialUnitEntity,
      { code: { $like: `${code}%` }, kind: { $in: ["COUNTY", ...MUNICIPALITY_KINDS] } },
      { orderBy: { code: "asc" } },
    );
    return [
      ...units.filter((unit) => unit.kind === "COUNTY"),
      ...units.filter((unit) => unit.kind !== "COUNTY"),
    ];
  }

  private async plansIn(code: string) {
    const { publicationStates } = documentVisibility(this.viewer);
    const rows = await this.em
      .getConnection()
      .execute<{ id: string; unit_code: string; status: DocumentStatus }[]>(
        `select d.id, d.territorial_unit_code as unit_code, ${DOCUMENT_STATUS_SQL} as status
       from document d
       where d.kind = 'LPDI' and d.publication_state in (?) and d.territorial_unit_code like ?`,
        [...documentStatusParams(this.clock.today()), [...publicationStates], `${code}%`],
        "all",
      );
    return rows.map((row) => ({ id: row.id, unitCode: row.unit_code, status: lpdiStatus(row.status) }));
  }
}

import { isTerytCode, type DocumentKind, type DocumentStage } from "@obserwatorium/schema";
import type { EntityManager } from "@mikro-orm/postgresql";
import { DomainError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import type { UserError } from "../common/user-error.type";
import type { DocumentInput } from "./dto/document.input";

const MAX_TITLE = 500;
const MAX_SUMMARY = 5000;
const MAX_TAGS = 30;
const MAX_RELATED = 200;

export interface NormalizedDocument {
  kind: DocumentKind;
  title: string;
  summary: string;
  territorialUnitCode: string | null;
  periodFromYear: number | null;
  periodToYear: number | null;
  stage: DocumentStage;
  actNumber: string | null;
  actBody: string | null;
  adoptedOn: string | null;
  inForceFrom: string | null;
  inForceTo: string | null;
  repealedOn: string | null;
  tags: string[];
  organizationIds: string[];
  serviceIds: string[];
}

const blankToNull = (value: string | null | undefined) => value?.trim() || null;

function relatedIds(
  globalIds: readonly string[] | null | undefined,
  type: string,
  field: string,
  errors: UserError[],
) {
  const ids: string[] = [];
  (globalIds ?? []).forEach((globalId, index) => {
    try {
      ids.push(uuidFromGlobalId(globalId, type, field));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push({ field: ["input", field, String(index)], message: `is not the ID of a ${type}` });
    }
  });
  if (ids.length > MAX_RELATED)
    errors.push({ field: ["input", field], message: `must list at most ${MAX_RELATED}` });
  return [...new Set(ids)];
}

/** Checks everything that needs no database; returns every problem with its input path. */
export function validateDocumentInput(input: DocumentInput) {
  const errors: UserError[] = [];
  const problem = (field: string[], message: string) => errors.push({ field: ["input", ...field], message });
  const title = input.title.trim();
  if (!title) problem(["title"], "must not be empty");
  else if (title.length > MAX_TITLE) problem(["title"], `must be at most ${MAX_TITLE} characters`);
  const summary = input.summary?.trim() ?? "";
  if (summary.length > MAX_SUMMARY) problem(["summary"], `must be at most ${MAX_SUMMARY} characters`);
  const territorialUnitCode = blankToNull(input.territorialUnitCode);
  if (territorialUnitCode && !isTerytCode(territorialUnitCode)) {
    problem(["territorialUnitCode"], "must be a TERYT code of 2, 4 or 7 digits");
  }
  const periodFromYear = input.periodFromYear ?? null;
  const periodToYear = input.periodToYear ?? null;
  for (const [field, year] of [
    ["periodFromYear", periodFromYear],
    ["periodToYear", periodToYear],
  ] as const) {
    if (year !== null && (year < 1990 || year > 2100))
      problem([field], "must be a year between 1990 and 2100");
  }
  if (periodFromYear !== null && periodToYear !== null && periodToYear < periodFromYear) {
    problem(["periodToYear"], "must not be before periodFromYear");
  }
  const adoptedOn = input.act?.date ?? null;
  if (input.stage === "ADOPTED" && !adoptedOn)
    problem(["act", "date"], "is required for an adopted document");
  if (input.stage !== "ADOPTED" && adoptedOn) problem(["stage"], "must be ADOPTED when the act has a date");
  const inForceFrom = input.inForceFrom ?? null;
  const inForceTo = input.inForceTo ?? null;
  if (inForceFrom && inForceTo && inForceTo < inForceFrom)
    problem(["inForceTo"], "must not be before inForceFrom");
  if (inForceFrom && adoptedOn && inForceFrom < adoptedOn)
    problem(["inForceFrom"], "must not be before the act's date");
  const repealedOn = input.repealedOn ?? null;
  if (repealedOn && (!adoptedOn || repealedOn < adoptedOn)) {
    problem(["repealedOn"], "needs an adopted document and a date after its adoption");
  }
  const tags = [...new Set((input.tags ?? []).map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
  if (tags.length > MAX_TAGS || tags.some((tag) => tag.length > 60)) {
    problem(["tags"], `must be at most ${MAX_TAGS} tags of at most 60 characters`);
  }
  const normalized: NormalizedDocument = {
    kind: input.kind,
    title,
    summary,
    territorialUnitCode,
    periodFromYear,
    periodToYear,
    stage: input.stage,
    actNumber: blankToNull(input.act?.number),
    actBody: blankToNull(input.act?.body),
    adoptedOn,
    inForceFrom,
    inForceTo,
    repealedOn,
    tags,
    organizationIds: relatedIds(input.organizationIds, "Organization", "organizationIds", errors),
    serviceIds: relatedIds(input.serviceIds, "Service", "serviceIds", errors),
  };
  return { errors, normalized };
}

/** The TERYT unit and the related records exist. */
export async function checkDocumentReferences(
  em: EntityManager,
  document: NormalizedDocument,
): Promise<UserError[]> {
  const errors: UserError[] = [];
  const connection = em.getConnection();
  if (document.territorialUnitCode) {
    const units = await connection.execute(
      "select 1 from territorial_unit where code = ?",
      [document.territorialUnitCode],
      "all",
    );
    if (!units.length)
      errors.push({ field: ["input", "territorialUnitCode"], message: "is not a TERYT unit" });
  }
  for (const [field, table, ids] of [
    ["organizationIds", "organization", document.organizationIds],
    ["serviceIds", "service", document.serviceIds],
  ] as const) {
    if (!ids.length) continue;
    const found = await connection.execute<{ id: string }[]>(
      `select id from ${table} where id in (?)`,
      [ids],
      "all",
    );
    const known = new Set(found.map((row) => row.id));
    ids.forEach((id, index) => {
      if (!known.has(id)) errors.push({ field: ["input", field, String(index)], message: "does not exist" });
    });
  }
  return errors;
}

import { LockMode, UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/postgresql";
import { auditSnapshot, recordAudit } from "../audit/audit.service";
import type { UserError } from "../common/user-error.type";
import { TerritorialUnitEntity } from "../territory/territorial-unit.entity";
import type { IndicatorValueInput } from "./dto/indicator-value.input";
import { IndicatorValueEntity, type IndicatorValue } from "./indicator-value.entity";
import { IndicatorEntity } from "./indicator.entity";
import {
  validateIndicatorValueInput,
  validateIndicatorValueKey,
  type NormalizedIndicatorValue,
} from "./indicator.validation";

type Actor = { id: string };
type ValueKey = Pick<IndicatorValue, "indicatorCode" | "territorialUnitCode" | "year">;

const valuePayload = (indicatorValue: IndicatorValue | null, userErrors: UserError[] = []) => ({
  indicatorValue: userErrors.length ? null : indicatorValue,
  userErrors,
});

/** The audit log names a value by its natural key, e.g. "WPRES_PES_NA_10K/2061/2024". */
const auditId = (key: ValueKey) => `${key.indicatorCode}/${key.territorialUnitCode}/${key.year}`;

const valueSnapshot = (value: IndicatorValue) => auditSnapshot(value, ["updatedAt"]);

async function unknownReferences(em: EntityManager, value: NormalizedIndicatorValue, prefix: string[]) {
  const errors: UserError[] = [];
  if (!(await em.count(IndicatorEntity, { code: value.indicatorCode })))
    errors.push({ field: [...prefix, "indicatorCode"], message: "no indicator has this code" });
  if (!(await em.count(TerritorialUnitEntity, { code: value.territorialUnitCode })))
    errors.push({
      field: [...prefix, "territorialUnitCode"],
      message: "no unit of the TERYT register has this code",
    });
  return errors;
}

/** Stores one value, replacing the one for the same indicator, unit and year; a demo value becomes real. */
export async function setIndicatorValue(em: EntityManager, input: IndicatorValueInput, actor: Actor) {
  const { errors, normalized } = validateIndicatorValueInput(input);
  if (errors.length) return valuePayload(null, errors);
  const references = await unknownReferences(em, normalized, ["input"]);
  if (references.length) return valuePayload(null, references);
  const key = {
    indicatorCode: normalized.indicatorCode,
    territorialUnitCode: normalized.territorialUnitCode,
    year: normalized.year,
  };
  const store = () =>
    em.transactional(async (tx) => {
      const existing = await tx.findOne(IndicatorValueEntity, key, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const before = existing ? valueSnapshot(existing) : null;
      const value = existing ?? tx.create(IndicatorValueEntity, { ...normalized, isDemo: false });
      tx.assign(value, { ...normalized, isDemo: false });
      recordAudit(tx, {
        actorUserId: actor.id,
        action: existing ? "INDICATOR_VALUE_UPDATED" : "INDICATOR_VALUE_CREATED",
        entityType: "IndicatorValue",
        entityId: auditId(key),
        before,
        after: auditSnapshot({ ...normalized, isDemo: false }),
      });
      return value;
    });
  try {
    return valuePayload(await store());
  } catch (error) {
    // Two editors adding the same new value at once: the second save replaces the first, as it would a moment later.
    if (error instanceof UniqueConstraintViolationException) return valuePayload(await store());
    throw error;
  }
}

/** Removes one value (e.g. entered for the wrong year); the audit entry keeps what it was. */
export async function deleteIndicatorValue(em: EntityManager, key: ValueKey, actor: Actor) {
  const errors = validateIndicatorValueKey(key);
  if (errors.length) return { deleted: false, userErrors: errors };
  const deleted = await em.transactional(async (tx) => {
    const existing = await tx.findOne(IndicatorValueEntity, key, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!existing) return false;
    recordAudit(tx, {
      actorUserId: actor.id,
      action: "INDICATOR_VALUE_DELETED",
      entityType: "IndicatorValue",
      entityId: auditId(key),
      before: valueSnapshot(existing),
      after: null,
    });
    tx.remove(existing);
    return true;
  });
  return { deleted, userErrors: [] };
}

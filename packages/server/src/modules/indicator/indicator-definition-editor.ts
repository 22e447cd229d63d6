import { UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/postgresql";
import { auditSnapshot, recordAudit } from "../audit/audit.service";
import type { UserError } from "../common/user-error.type";
import type { IndicatorInput } from "./dto/indicator.input";
import { IndicatorEntity, type Indicator } from "./indicator.entity";
import { validateIndicatorCode, validateIndicatorInput } from "./indicator.validation";

type Actor = { id: string };

const payload = (indicator: Indicator | null, userErrors: UserError[] = []) => ({
  indicator: userErrors.length ? null : indicator,
  userErrors,
});

const CODE_TAKEN = [{ field: ["code"], message: "is already used by another indicator" }];
const definitionSnapshot = (indicator: Indicator) =>
  auditSnapshot(indicator, ["createdAt", "updatedAt", "isDemo"]);

/** Creates an indicator's definition; the code is its permanent key (values and links refer to it). */
export async function createIndicator(em: EntityManager, code: string, input: IndicatorInput, actor: Actor) {
  const trimmedCode = code.trim();
  const { errors, normalized } = validateIndicatorInput(input);
  errors.unshift(...validateIndicatorCode(trimmedCode));
  if (errors.length) return payload(null, errors);
  if (await em.count(IndicatorEntity, { code: trimmedCode })) return payload(null, CODE_TAKEN);
  try {
    const created = await em.transactional(async (tx) => {
      const indicator = tx.create(IndicatorEntity, { code: trimmedCode, ...normalized });
      recordAudit(tx, {
        actorUserId: actor.id,
        action: "INDICATOR_CREATED",
        entityType: "Indicator",
        entityId: trimmedCode,
        before: null,
        after: auditSnapshot({ code: trimmedCode, ...normalized }),
      });
      return indicator;
    });
    return payload(created);
  } catch (error) {
    // Two editors creating the same code at once: the primary key has the last word.
    if (error instanceof UniqueConstraintViolationException) return payload(null, CODE_TAKEN);
    throw error;
  }
}

/** Replaces every editable field of a definition; the code and the values stay. */
export async function updateIndicator(em: EntityManager, code: string, input: IndicatorInput, actor: Actor) {
  const existing = await em.findOne(IndicatorEntity, { code });
  if (!existing) return payload(null, [{ field: ["code"], message: "no indicator has this code" }]);
  const { errors, normalized } = validateIndicatorInput(input);
  if (errors.length) return payload(null, errors);
  const before = definitionSnapshot(existing);
  const updated = await em.transactional(async (tx) => {
    tx.assign(existing, normalized);
    recordAudit(tx, {
      actorUserId: actor.id,
      action: "INDICATOR_UPDATED",
      entityType: "Indicator",
      entityId: code,
      before,
      after: auditSnapshot({ code, ...normalized }),
    });
    return existing;
  });
  return payload(updated);
}

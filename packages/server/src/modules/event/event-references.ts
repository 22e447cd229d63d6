import type { EntityManager } from "@mikro-orm/postgresql";
import { MUNICIPALITY_KINDS } from "@obserwatorium/schema";
import { DomainError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import type { UserError } from "../common/user-error.type";
import { liesInVoivodeship } from "../service/service-references";
import type { NormalizedEvent } from "./event.validation";

export interface EventReferences {
  errors: UserError[];
  organizerUuid: string | null;
  documentUuids: string[];
  goodPracticeUuids: string[];
}

/** Global IDs of one type to UUIDs; a malformed one is an error at its index. */
function decodeIds(ids: readonly string[], type: string, field: string, errors: UserError[]) {
  return ids.map((id, index) => {
    try {
      return uuidFromGlobalId(id, type, `${field}.${index}`);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push({ field: ["input", field, String(index)], message: `is not the ID of a ${type}` });
      return null;
    }
  });
}

/**
 * Checks that need the database or reference data: the gmina exists and the coordinates lie in its
 * województwo, the organizer, documents and good practices exist (not archived), the slug is free.
 */
export async function checkEventReferences(
  em: EntityManager,
  event: NormalizedEvent,
  ownId: string | null,
): Promise<EventReferences> {
  const errors: UserError[] = [];
  const connection = em.getConnection();
  const existing = async (table: string, uuids: (string | null)[]) => {
    const wanted = uuids.filter((id): id is string => id !== null);
    if (!wanted.length) return new Set<string>();
    // Table names are fixed below, never input.
    const rows = await connection.execute<{ id: string }[]>(
      `select id from ${table} where id in (?) and publication_state <> 'ARCHIVED'`,
      [wanted],
      "all",
    );
    return new Set(rows.map((row) => row.id));
  };

  if (event.gminaCode) {
    const [unit] = await connection.execute<{ kind: string }[]>(
      "select kind from territorial_unit where code = ?",
      [event.gminaCode],
      "all",
    );
    if (!unit) errors.push({ field: ["input", "venue", "gminaCode"], message: "is not a TERYT unit" });
    else if (!(MUNICIPALITY_KINDS as readonly string[]).includes(unit.kind)) {
      errors.push({ field: ["input", "venue", "gminaCode"], message: "must be a gmina, not a part of one" });
    } else if (
      event.latitude !== null &&
      event.longitude !== null &&
      !liesInVoivodeship(event.gminaCode.slice(0, 2), event.latitude, event.longitude)
    ) {
      errors.push({
        field: ["input", "venue", "latitude"],
        message: "must lie in the województwo of the gmina (are latitude and longitude swapped?)",
      });
    }
  }

  let organizerUuid: string | null = null;
  if (event.organizerId) {
    try {
      organizerUuid = uuidFromGlobalId(event.organizerId, "Organization", "organizerId");
      if (!(await existing("organization", [organizerUuid])).has(organizerUuid)) {
        errors.push({ field: ["input", "organizerId"], message: "no organization has this ID" });
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push({ field: ["input", "organizerId"], message: "is not the ID of an Organization" });
    }
  }

  const linked = async (field: string, type: string, table: string, ids: readonly string[]) => {
    const uuids = decodeIds(ids, type, field, errors);
    const found = await existing(table, uuids);
    uuids.forEach((id, index) => {
      if (id !== null && !found.has(id)) {
        errors.push({ field: ["input", field, String(index)], message: `no ${type} has this ID` });
      }
    });
    return uuids.filter((id): id is string => id !== null);
  };
  const documentUuids = await linked("documentIds", "Document", "document", event.documentIds);
  const goodPracticeUuids = await linked(
    "goodPracticeIds",
    "GoodPractice",
    "good_practice",
    event.goodPracticeIds,
  );

  const taken = await connection.execute<{ id: string }[]>(
    "select id from event where slug = ? and id is distinct from ?",
    [event.slug, ownId],
    "all",
  );
  if (taken.length) errors.push({ field: ["input", "slug"], message: "is already used by another event" });
  return { errors, organizerUuid, documentUuids, goodPracticeUuids };
}

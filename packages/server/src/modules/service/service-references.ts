import type { EntityManager } from "@mikro-orm/postgresql";
import { MUNICIPALITY_KINDS } from "@obserwatorium/schema";
import { DomainError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import type { UserError } from "../common/user-error.type";
import { containsPoint, distanceToEdgeKm, voivodeshipBoundaries } from "../territory/voivodeship-boundaries";
import type { NormalizedService } from "./service.validation";

/** The boundaries are simplified: a point this close outside its województwo still counts as inside. */
const BOUNDARY_TOLERANCE_KM = 3;

export function liesInVoivodeship(voivodeshipCode: string, latitude: number, longitude: number): boolean {
  const boundary = voivodeshipBoundaries().get(voivodeshipCode);
  if (!boundary) return false;
  return (
    containsPoint(boundary, latitude, longitude) ||
    distanceToEdgeKm(boundary, latitude, longitude) <= BOUNDARY_TOLERANCE_KM
  );
}

/**
 * Checks that need the database or reference data: TERYT units exist, the provider exists, the slug
 * is free, and each location's coordinates lie in the województwo of its gmina. Sets the provider's UUID.
 */
export async function checkServiceReferences(
  em: EntityManager,
  service: NormalizedService,
  ownId: string | null,
): Promise<{ errors: UserError[]; providerUuid: string | null }> {
  const errors: UserError[] = [];
  const connection = em.getConnection();
  const codes = [...service.locations.map((location) => location.gminaCode), ...service.areaCodes];
  const units = codes.length
    ? await connection.execute<{ code: string; kind: string }[]>(
        "select code, kind from territorial_unit where code in (?)",
        [codes],
        "all",
      )
    : [];
  const kindOf = new Map(units.map((unit) => [unit.code, unit.kind]));
  service.locations.forEach((location, index) => {
    const path = ["input", "locations", String(index)];
    const kind = kindOf.get(location.gminaCode);
    if (!kind) errors.push({ field: [...path, "address", "gminaCode"], message: "is not a TERYT unit" });
    else if (!(MUNICIPALITY_KINDS as readonly string[]).includes(kind)) {
      errors.push({
        field: [...path, "address", "gminaCode"],
        message: "must be a gmina, not a part of one",
      });
    }
    if (
      kind &&
      location.latitude !== null &&
      location.longitude !== null &&
      !liesInVoivodeship(location.gminaCode.slice(0, 2), location.latitude, location.longitude)
    ) {
      errors.push({
        field: [...path, "coordinates"],
        message: "must lie in the województwo of the gmina (are latitude and longitude swapped?)",
      });
    }
  });
  service.areaCodes.forEach((code, index) => {
    if (!kindOf.has(code))
      errors.push({ field: ["input", "areaCodes", String(index)], message: "is not a TERYT unit" });
  });

  let providerUuid: string | null = null;
  if (service.providerId) {
    try {
      providerUuid = uuidFromGlobalId(service.providerId, "Organization", "providerId");
      const [provider] = await connection.execute<{ id: string }[]>(
        "select id from organization where id = ? and publication_state <> 'ARCHIVED'",
        [providerUuid],
        "all",
      );
      if (!provider) errors.push({ field: ["input", "providerId"], message: "no organization has this ID" });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push({ field: ["input", "providerId"], message: "is not the ID of an organization" });
    }
  }

  const taken = await connection.execute<{ id: string }[]>(
    "select id from service where slug = ? and id is distinct from ?",
    [service.slug, ownId],
    "all",
  );
  if (taken.length) errors.push({ field: ["input", "slug"], message: "is already used by another service" });
  return { errors, providerUuid };
}

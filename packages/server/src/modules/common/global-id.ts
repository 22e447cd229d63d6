import { InvalidInputError } from "./errors";

/** Relay global IDs: opaque base64url of "Type:localId", unique across all types. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

export function fromGlobalId(globalId: string, field = "id"): { type: string; id: string } {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator <= 0 || separator === decoded.length - 1) {
    throw new InvalidInputError(field, "is not an ID issued by this API");
  }
  return { type: decoded.slice(0, separator), id: decoded.slice(separator + 1) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The UUID behind a global ID of the expected type. */
export function uuidFromGlobalId(globalId: string, type: string, field = "id"): string {
  const decoded = fromGlobalId(globalId, field);
  if (decoded.type !== type || !UUID.test(decoded.id)) {
    throw new InvalidInputError(field, `is not the ID of a ${type}`);
  }
  return decoded.id;
}

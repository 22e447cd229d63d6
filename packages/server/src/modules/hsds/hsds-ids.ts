import { createHash } from "node:crypto";

/**
 * Fixed namespace of every derived HSDS id (a random v4 UUID chosen once; never change it, or every
 * derived id changes). Our own records already have UUID primary keys and keep them; records HSDS
 * has but we do not store as rows (cost options, languages, addresses, service areas, taxonomy
 * terms…) get a name-based UUID v5 (RFC 9562) of this namespace and a name built from our ids.
 */
export const HSDS_ID_NAMESPACE = "8f0e5f7c-3d1a-4b6e-9c2d-5a7b1e4f6c30";

const NAMESPACE_BYTES = Buffer.from(HSDS_ID_NAMESPACE.replace(/-/g, ""), "hex");

export function uuidV5(name: string, namespace: Buffer = NAMESPACE_BYTES): string {
  const hash = createHash("sha1").update(namespace).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A stable id for an HSDS record derived from ours: `hsdsId("cost_option", serviceId)`. */
export const hsdsId = (table: string, ...parts: string[]) => uuidV5([table, ...parts].join(":"));

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

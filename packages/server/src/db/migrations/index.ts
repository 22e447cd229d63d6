import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261122000000_territorial_unit } from "./Migration20261122000000_territorial_unit";

/** Every migration, in order. Listed explicitly so that no file globbing is needed at run time. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261122000000_territorial_unit", class: Migration20261122000000_territorial_unit },
];

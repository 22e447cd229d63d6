import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261122000000_territorial_unit } from "./Migration20261122000000_territorial_unit";
import { Migration20261122010000_registry } from "./Migration20261122010000_registry";
import { Migration20261122020000_users_audit } from "./Migration20261122020000_users_audit";
import { Migration20261122030000_services } from "./Migration20261122030000_services";
import { Migration20261122040000_service_reports } from "./Migration20261122040000_service_reports";
import { Migration20261122050000_documents } from "./Migration20261122050000_documents";
import { Migration20261122060000_good_practices } from "./Migration20261122060000_good_practices";
import { Migration20261122070000_indicators } from "./Migration20261122070000_indicators";
import { Migration20261122080000_search_outbox } from "./Migration20261122080000_search_outbox";
import { Migration20261122090000_search_fallback } from "./Migration20261122090000_search_fallback";
import { Migration20261123000000_stewardship } from "./Migration20261123000000_stewardship";
import { Migration20261123010000_user_invitations } from "./Migration20261123010000_user_invitations";
import { Migration20261124000000_events } from "./Migration20261124000000_events";
import { Migration20261125000000_api_keys } from "./Migration20261125000000_api_keys";

/** Every migration, in order. Listed explicitly so that no file globbing is needed at run time. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261122000000_territorial_unit", class: Migration20261122000000_territorial_unit },
  { name: "Migration20261122010000_registry", class: Migration20261122010000_registry },
  { name: "Migration20261122020000_users_audit", class: Migration20261122020000_users_audit },
  { name: "Migration20261122030000_services", class: Migration20261122030000_services },
  { name: "Migration20261122040000_service_reports", class: Migration20261122040000_service_reports },
  { name: "Migration20261122050000_documents", class: Migration20261122050000_documents },
  { name: "Migration20261122060000_good_practices", class: Migration20261122060000_good_practices },
  { name: "Migration20261122070000_indicators", class: Migration20261122070000_indicators },
  { name: "Migration20261122080000_search_outbox", class: Migration20261122080000_search_outbox },
  { name: "Migration20261122090000_search_fallback", class: Migration20261122090000_search_fallback },
  { name: "Migration20261123000000_stewardship", class: Migration20261123000000_stewardship },
  { name: "Migration20261123010000_user_invitations", class: Migration20261123010000_user_invitations },
  { name: "Migration20261124000000_events", class: Migration20261124000000_events },
  { name: "Migration20261125000000_api_keys", class: Migration20261125000000_api_keys },
];

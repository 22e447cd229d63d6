import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  cpvCodeRoot,
  parseCpvCodeList,
  qualifiesForSocialIntegrationContract,
  type LegalForm,
  type PesType,
  type ReservedContractKind,
} from "@obserwatorium/schema";
import { SERVER_ROOT } from "../../config/paths";

const CPV_FILE = join(SERVER_ROOT, "data/procurement/cpv-reserved-public-service-contracts.csv");

let publicServiceMissionRoots: ReadonlySet<string> | null = null;

/** The eight-digit roots of the CPV codes open to art. 361 Pzp reserved contracts, read once. */
export function publicServiceMissionCpvRoots(): ReadonlySet<string> {
  publicServiceMissionRoots ??= new Set(parseCpvCodeList(readFileSync(CPV_FILE, "utf8")).map(cpvCodeRoot));
  return publicServiceMissionRoots;
}

/** What reserved contracts an organization may bid for, judged by its kind and its offerings' CPV codes. */
export function reservedContractKindsOf(
  organization: { legalForm: LegalForm; pesType: PesType },
  offerings: readonly { cpvCodes: readonly string[] }[],
): ReservedContractKind[] {
  const kinds: ReservedContractKind[] = [];
  if (qualifiesForSocialIntegrationContract(organization)) kinds.push("SOCIAL_INTEGRATION");
  const roots = publicServiceMissionCpvRoots();
  if (offerings.some((offering) => offering.cpvCodes.some((code) => roots.has(cpvCodeRoot(code))))) {
    kinds.push("PUBLIC_SERVICE_MISSION");
  }
  return kinds;
}

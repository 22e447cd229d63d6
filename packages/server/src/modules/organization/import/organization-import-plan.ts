import type { EntityManager } from "@mikro-orm/postgresql";
import { cellProblem, readImportCsv } from "../../common/csv-import/import-csv";
import type { ImportAction } from "../../common/csv-import/import-action";
import { recordChanges, type FieldChange } from "../../common/field-diff";
import type { UserError } from "../../common/user-error.type";
import type { OrganizationInput } from "../dto/organization.input";
import { organizationChildren, snapshotOfOrganization } from "../organization-snapshot";
import { checkOrganizationReferences } from "../organization-references";
import { OrganizationEntity, type Organization } from "../organization.entity";
import { validateOrganizationInput } from "../organization.validation";
import {
  EMPTY_ORGANIZATION_INPUT,
  ORGANIZATION_CSV,
  organizationCellProblems,
  organizationColumnOfPath,
  organizationInputOfRecord,
  organizationInputOfRow,
  type OrganizationCsvColumn,
} from "./organization-csv-row";
import {
  findOrganizationsByKeys,
  keysOfCells,
  ORGANIZATION_KEYS,
  type OrganizationKey,
} from "./organization-matches";

const KEY_LABELS: Record<OrganizationKey, string> = { nip: "NIP", regon: "REGON", krs: "KRS" };

/** What one line of the file does. */
export interface PlannedOrganization {
  line: number;
  action: ImportAction;
  name: string;
  slug: string;
  /** The identifier that matched an existing record; null for a new one. */
  matchedBy: "NIP" | "REGON" | "KRS" | null;
  /** The matched record (before the import), or null for a new one. */
  organization: Organization | null;
  /** The fields an update changes; empty for a new record. */
  changes: FieldChange[];
  input: OrganizationInput;
}

type Stored = { organization: Organization; input: OrganizationInput; snapshot: Record<string, unknown> };

/** Stored records as editor inputs and snapshots, for every matched ID at once. */
async function loadStored(em: EntityManager, ids: string[]): Promise<Map<string, Stored>> {
  if (ids.length === 0) return new Map();
  const organizations = await em.find(OrganizationEntity, { id: { $in: ids } });
  const children = await organizationChildren(em, ids);
  return new Map(
    organizations.map((organization) => {
      const { offerings, areaCodes } = children.get(organization.id)!;
      const input = organizationInputOfRecord(organization, offerings, areaCodes);
      const snapshot = snapshotOfOrganization(organization, { offerings, areaCodes });
      return [organization.id, { organization, input, snapshot }];
    }),
  );
}

/**
 * Reads and checks a whole organizations file before anything is written: each line is matched to
 * a stored organization by NIP, else REGON, else KRS (digits only), then validated as the editor
 * mutation validates it. Returns every problem, or the plan of every line.
 */
export async function planOrganizationImport(
  em: EntityManager,
  csv: string,
): Promise<{ errors: UserError[] } | { planned: PlannedOrganization[] }> {
  const file = readImportCsv(csv, ORGANIZATION_CSV);
  if ("errors" in file) return file;
  if (!ORGANIZATION_KEYS.some((key) => file.columns.includes(key))) {
    return {
      errors: [
        {
          field: ["csv", "1", "nip"],
          message:
            "Kolumna „nip”: plik musi mieć kolumnę nip, regon albo krs, po których rozpoznaje się podmioty",
        },
      ],
    };
  }
  const lineKeys = file.lines.map((line) => keysOfCells(line.cells));
  const wanted = Object.fromEntries(
    ORGANIZATION_KEYS.map((key) => [key, [...new Set(lineKeys.flatMap((keys) => keys[key] ?? []))]]),
  ) as Record<OrganizationKey, string[]>;
  const index = await findOrganizationsByKeys(em, wanted);

  const errors: UserError[] = [];
  const matches: { id: string | null; matchedBy: OrganizationKey | null }[] = [];
  const firstLineOf = new Map<string, number>();
  file.lines.forEach(({ line, cells }, position) => {
    errors.push(...organizationCellProblems(line, cells));
    const keys = lineKeys[position]!;
    const given = ORGANIZATION_KEYS.filter((key) => keys[key]);
    if (given.length === 0) {
      errors.push(
        cellProblem(line, "nip", "wiersz musi mieć NIP, REGON albo KRS: po nich import rozpoznaje podmiot"),
      );
    }
    for (const key of given) {
      const earlier = firstLineOf.get(`${key}:${keys[key]}`);
      if (earlier)
        errors.push(cellProblem(line, key, `ten sam ${KEY_LABELS[key]} jest już w wierszu ${earlier}`));
      else firstLineOf.set(`${key}:${keys[key]}`, line);
    }
    const found = given.flatMap((key) => {
      const organization = index[key].get(keys[key]!);
      return organization ? [{ key, organization }] : [];
    });
    const distinct = new Map(found.map(({ organization }) => [organization.id, organization]));
    if (distinct.size > 1) {
      const which = found
        .map(({ key, organization }) => `${KEY_LABELS[key]} – „${organization.name}”`)
        .join(", ");
      errors.push(cellProblem(line, found[0]!.key, `identyfikatory wskazują różne podmioty (${which})`));
    }
    matches.push({ id: found[0]?.organization.id ?? null, matchedBy: found[0]?.key ?? null });
  });

  const stored = await loadStored(em, [...new Set(matches.flatMap((m) => m.id ?? []))]);
  const planned: PlannedOrganization[] = [];
  const slugLines = new Map<string, number>();
  for (const [position, { line, cells }] of file.lines.entries()) {
    const match = matches[position]!;
    const current = match.id ? stored.get(match.id) : undefined;
    const input = organizationInputOfRow(cells, current?.input ?? EMPTY_ORGANIZATION_INPUT);
    const { errors: invalid, normalized } = validateOrganizationInput(input);
    const references = invalid.length ? [] : await checkOrganizationReferences(em, normalized, match.id);
    for (const e of [...invalid, ...references])
      errors.push(cellProblem(line, organizationColumnOfPath(e.field), e.message));
    const earlier = slugLines.get(normalized.slug);
    if (earlier)
      errors.push(
        cellProblem(line, "slug" satisfies OrganizationCsvColumn, `jest taki sam jak w wierszu ${earlier}`),
      );
    slugLines.set(normalized.slug, line);
    const changes = current ? recordChanges(current.snapshot, normalized) : [];
    planned.push({
      line,
      action: !current ? "CREATED" : changes.length ? "UPDATED" : "UNCHANGED",
      name: normalized.name,
      slug: normalized.slug,
      matchedBy: match.matchedBy && (KEY_LABELS[match.matchedBy] as PlannedOrganization["matchedBy"]),
      organization: current?.organization ?? null,
      changes,
      input,
    });
  }
  return errors.length ? { errors: sortByLine(errors) } : { planned };
}

const lineOf = (error: UserError) => Number(error.field[1] ?? 0);
function sortByLine(errors: UserError[]): UserError[] {
  return [...errors].sort((a, b) => lineOf(a) - lineOf(b));
}

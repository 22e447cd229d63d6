import type { EntityManager } from "@mikro-orm/postgresql";
import { cellProblem, readImportCsv, type CsvLine } from "../../common/csv-import/import-csv";
import type { ImportAction } from "../../common/csv-import/import-action";
import { digitsOf, keyText } from "../../common/csv-import/import-text";
import { DomainError } from "../../common/errors";
import { recordChanges, type FieldChange } from "../../common/field-diff";
import { toGlobalId, uuidFromGlobalId } from "../../common/global-id";
import type { UserError } from "../../common/user-error.type";
import {
  findOrganizationsByKeys,
  type OrganizationIndex,
} from "../../organization/import/organization-matches";
import type { ServiceInput } from "../dto/service.input";
import { serviceChildren, snapshotOfService, withShortTimes } from "../service-children";
import { checkServiceReferences } from "../service-references";
import { ServiceEntity, type Service } from "../service.entity";
import { validateServiceInput } from "../service.validation";
import {
  EMPTY_SERVICE_INPUT,
  LOCATION_COLUMNS,
  locationOfCells,
  SERVICE_CSV,
  serviceCellProblems,
  serviceColumnOfPath,
  serviceInputOfRecord,
  serviceInputOfRow,
  type ServiceCsvColumn,
} from "./service-csv-row";
import { locationKey, ServiceMatcher, serviceKeyText, type ServiceKey } from "./service-matches";

/** What one line of the file does. */
export interface PlannedService {
  line: number;
  action: ImportAction;
  title: string;
  slug: string;
  /** The matched service (before the import), or null for a new one. */
  service: Service | null;
  changes: FieldChange[];
  input: ServiceInput;
}

const PROVIDER_COLUMNS = [
  ["providerNip", "nip", "NIP-u"],
  ["providerRegon", "regon", "REGON-u"],
  ["providerKrs", "krs", "numeru KRS"],
] as const;

/** The line's provider: by NIP, REGON, KRS or the organization's ID, which must all agree. */
function providerOf(
  { line, cells }: CsvLine<ServiceCsvColumn>,
  index: OrganizationIndex,
  errors: UserError[],
): string | null {
  const found: string[] = [];
  for (const [column, key, label] of PROVIDER_COLUMNS) {
    const digits = digitsOf(cells[column]);
    if (!digits) continue;
    const organization = index[key].get(digits);
    if (organization) found.push(organization.id);
    else errors.push(cellProblem(line, column, `żaden podmiot w rejestrze nie ma tego ${label}`));
  }
  const globalId = cells.providerId?.trim();
  if (globalId) {
    try {
      found.push(uuidFromGlobalId(globalId, "Organization", "providerId"));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push(cellProblem(line, "providerId", "nie jest identyfikatorem podmiotu z API"));
    }
  }
  if (new Set(found).size > 1) {
    errors.push(cellProblem(line, "providerNip", "kolumny realizatora wskazują różne podmioty"));
  }
  return found[0] ?? null;
}

/**
 * Reads and checks a whole services file before anything is written: each line is matched to a
 * stored service by its natural key (see ServiceKey), then validated as the editor mutation
 * validates it. Returns every problem, or the plan of every line.
 */
export async function planServiceImport(
  em: EntityManager,
  csv: string,
  today: string,
): Promise<{ errors: UserError[] } | { planned: PlannedService[] }> {
  const file = readImportCsv(csv, SERVICE_CSV);
  if ("errors" in file) return file;
  const errors: UserError[] = [];
  const wanted = (column: ServiceCsvColumn) => [
    ...new Set(file.lines.map((line) => digitsOf(line.cells[column])).filter(Boolean)),
  ];
  const index = await findOrganizationsByKeys(em, {
    nip: wanted("providerNip"),
    regon: wanted("providerRegon"),
    krs: wanted("providerKrs"),
  });
  const hasLocations = LOCATION_COLUMNS.some((column) => file.columns.includes(column));
  const keys: ServiceKey[] = file.lines.map((line) => {
    errors.push(...serviceCellProblems(line.line, line.cells));
    const location = locationOfCells(line.cells);
    return {
      providerUuid: providerOf(line, index, errors),
      title: keyText(line.cells.title),
      location: !hasLocations
        ? null
        : location
          ? locationKey(location.address.gminaCode, location.address.streetAddress)
          : "",
    };
  });
  const matcher = await ServiceMatcher.load(em, keys);
  const matches = keys.map((key) => matcher.find(key));
  const matchedIds = [...new Set(matches.flatMap((found) => (found.length === 1 ? [found[0]!.id] : [])))];
  const [stored, children] = await Promise.all([
    matchedIds.length ? em.find(ServiceEntity, { id: { $in: matchedIds } }) : Promise.resolve([]),
    serviceChildren(em, matchedIds),
  ]);
  const serviceById = new Map(stored.map((service) => [service.id, service]));

  const planned: PlannedService[] = [];
  const keyLines = new Map<string, number>();
  const slugLines = new Map<string, number>();
  for (const [position, { line, cells }] of file.lines.entries()) {
    const key = keys[position]!;
    const found = matches[position]!;
    if (found.length > 1) {
      const slugs = found.map((match) => match.slug).join(", ");
      errors.push(
        cellProblem(line, "title", `pasuje do kilku zapisanych usług (${slugs}); podaj miejsce realizacji`),
      );
    }
    const earlier = keyLines.get(serviceKeyText(key));
    if (earlier)
      errors.push(
        cellProblem(
          line,
          "title",
          `ta sama usługa (realizator, tytuł, miejsce) jest już w wierszu ${earlier}`,
        ),
      );
    keyLines.set(serviceKeyText(key), line);

    const match = found.length === 1 ? found[0]! : null;
    const service = match ? (serviceById.get(match.id) ?? null) : null;
    const providerId = key.providerUuid ? toGlobalId("Organization", key.providerUuid) : null;
    const base = service
      ? serviceInputOfRecord(service, children.get(service.id)!, providerId)
      : EMPTY_SERVICE_INPUT;
    const input = serviceInputOfRow(cells, base, providerId, match?.locationIndex ?? null);
    const { errors: invalid, normalized } = validateServiceInput(input, today);
    const references = invalid.length
      ? []
      : (await checkServiceReferences(em, normalized, service?.id ?? null)).errors;
    for (const e of [...invalid, ...references])
      errors.push(cellProblem(line, serviceColumnOfPath(e.field), e.message));
    const slugLine = slugLines.get(normalized.slug);
    if (slugLine) errors.push(cellProblem(line, "slug", `jest taki sam jak w wierszu ${slugLine}`));
    slugLines.set(normalized.slug, line);

    const fields = Object.keys(normalized).filter((field) => field !== "providerId");
    const changes = service
      ? recordChanges(
          withShortTimes(snapshotOfService(service, children.get(service.id)!)),
          normalized,
          fields,
        )
      : [];
    planned.push({
      line,
      action: !service ? "CREATED" : changes.length ? "UPDATED" : "UNCHANGED",
      title: normalized.title,
      slug: normalized.slug,
      service,
      changes,
      input,
    });
  }
  const lineOf = (error: UserError) => Number(error.field[1] ?? 0);
  return errors.length ? { errors: [...errors].sort((a, b) => lineOf(a) - lineOf(b)) } : { planned };
}

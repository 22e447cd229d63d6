import { KIND_BY_RODZ, type TerritorialUnitKind } from "@obserwatorium/schema";

export const TERC_HEADER = "WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA";
const FIELDS = TERC_HEADER.split(";");
const MAX_REPORTED_PROBLEMS = 25;

export interface TercUnit {
  code: string;
  name: string;
  kind: TerritorialUnitKind;
  parentCode: string | null;
  registerDate: string;
}

export interface TercProblem {
  line: number;
  field: string;
  message: string;
}

export class TercFileError extends Error {
  constructor(readonly problems: TercProblem[]) {
    super(
      `The TERC file is invalid; nothing was imported.\n${problems
        .map((p) => `  line ${p.line}, field ${p.field}: ${p.message}`)
        .join("\n")}`,
    );
    this.name = "TercFileError";
  }
}

const COUNTY_KIND_BY_LABEL: Readonly<Record<string, TerritorialUnitKind>> = {
  powiat: "COUNTY",
  "miasto na prawach powiatu": "CITY_WITH_COUNTY_RIGHTS",
  "miasto stołeczne, na prawach powiatu": "CITY_WITH_COUNTY_RIGHTS",
};

const TWO_DIGITS = /^\d{2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Parses a whole GUS TERC file (`WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA`) or reports why not. */
export function parseTerc(content: string): TercUnit[] {
  const problems: TercProblem[] = [];
  const report = (line: number, field: string, message: string) => problems.push({ line, field, message });
  const lines = content.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[0]?.trim() !== TERC_HEADER) {
    throw new TercFileError([{ line: 1, field: "header", message: `must be "${TERC_HEADER}"` }]);
  }
  const units: TercUnit[] = [];
  const lineOfCode = new Map<string, number>();
  lines.slice(1).forEach((text, index) => {
    const lineNumber = index + 2;
    if (text.trim() === "") return;
    const unit = parseLine(text, lineNumber, report);
    if (!unit) return;
    const firstLine = lineOfCode.get(unit.code);
    if (firstLine !== undefined) {
      report(lineNumber, "WOJ;POW;GMI;RODZ", `code ${unit.code} repeats line ${firstLine}`);
      return;
    }
    lineOfCode.set(unit.code, lineNumber);
    units.push(unit);
  });
  if (problems.length === 0) assignParents(units, lineOfCode, report);
  if (problems.length === 0 && units.length === 0) report(2, "WOJ", "the file has no units");
  if (problems.length > 0) throw new TercFileError(problems.slice(0, MAX_REPORTED_PROBLEMS));
  return units;
}

type Report = (line: number, field: string, message: string) => void;

function parseLine(text: string, line: number, report: Report): TercUnit | null {
  const values = text.split(";").map((value) => value.trim());
  if (values.length !== FIELDS.length) {
    report(line, "line", `must have ${FIELDS.length} fields separated by ";" (has ${values.length})`);
    return null;
  }
  const [woj = "", pow = "", gmi = "", rodz = "", name = "", label = "", date = ""] = values;
  const problems: [field: string, message: string][] = [];
  if (!TWO_DIGITS.test(woj)) problems.push(["WOJ", `must be two digits (got "${woj}")`]);
  if (pow !== "" && !TWO_DIGITS.test(pow))
    problems.push(["POW", `must be empty or two digits (got "${pow}")`]);
  if (gmi !== "" && !TWO_DIGITS.test(gmi))
    problems.push(["GMI", `must be empty or two digits (got "${gmi}")`]);
  if (gmi !== "" && pow === "") problems.push(["POW", "must be set when GMI is set"]);
  if ((gmi === "") !== (rodz === "")) problems.push(["RODZ", "must be set exactly when GMI is set"]);
  if (rodz !== "" && !(rodz in KIND_BY_RODZ)) {
    problems.push(["RODZ", `must be one of ${Object.keys(KIND_BY_RODZ).join(", ")} (got "${rodz}")`]);
  }
  if (name === "") problems.push(["NAZWA", "must not be empty"]);
  if (!isRealDate(date)) problems.push(["STAN_NA", `must be a date YYYY-MM-DD (got "${date}")`]);
  if (problems.length > 0) {
    for (const [field, message] of problems) report(line, field, message);
    return null;
  }

  const code = `${woj}${pow}${gmi}${rodz}`;
  const kind = kindOf(pow, gmi, rodz, label);
  if (!kind) {
    report(line, "NAZWA_DOD", `"${label}" does not describe a unit with code ${code}`);
    return null;
  }
  // GUS writes województwa in capitals; Polish spells them as lower-case adjectives.
  const displayName = kind === "VOIVODESHIP" ? name.toLocaleLowerCase("pl") : name;
  return { code, name: displayName, kind, parentCode: null, registerDate: date };
}

function kindOf(pow: string, gmi: string, rodz: string, label: string): TerritorialUnitKind | undefined {
  if (pow === "") return label === "województwo" ? "VOIVODESHIP" : undefined;
  if (gmi === "") return COUNTY_KIND_BY_LABEL[label];
  return KIND_BY_RODZ[rodz];
}

function assignParents(units: TercUnit[], lineOfCode: Map<string, number>, report: Report) {
  const cityMunicipalityOfCounty = new Map<string, string>();
  for (const unit of units) {
    if (unit.kind === "URBAN_MUNICIPALITY") {
      const county = unit.code.slice(0, 4);
      if (!cityMunicipalityOfCounty.has(county)) cityMunicipalityOfCounty.set(county, unit.code);
    }
  }
  for (const unit of units) {
    const parentCode = parentOf(unit, cityMunicipalityOfCounty);
    if (parentCode !== null && !lineOfCode.has(parentCode)) {
      report(
        lineOfCode.get(unit.code)!,
        "WOJ;POW;GMI",
        `the parent unit ${parentCode} of ${unit.code} is not in the file`,
      );
    }
    unit.parentCode = parentCode;
  }
}

function parentOf(unit: TercUnit, cityMunicipalityOfCounty: Map<string, string>): string | null {
  switch (unit.code.length) {
    case 2:
      return null;
    case 4:
      return unit.code.slice(0, 2);
    default:
      if (
        unit.kind === "TOWN_OF_URBAN_RURAL_MUNICIPALITY" ||
        unit.kind === "RURAL_AREA_OF_URBAN_RURAL_MUNICIPALITY"
      ) {
        return `${unit.code.slice(0, 6)}3`;
      }
      if (unit.kind === "CAPITAL_CITY_DISTRICT" || unit.kind === "CITY_DELEGATION") {
        return cityMunicipalityOfCounty.get(unit.code.slice(0, 4)) ?? `${unit.code.slice(0, 4)}011`;
      }
      return unit.code.slice(0, 4);
  }
}

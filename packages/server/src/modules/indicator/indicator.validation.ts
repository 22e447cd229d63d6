import { isIndicatorCode, isIndicatorYear, isTerytCode } from "@obserwatorium/schema";
import type { UserError } from "../common/user-error.type";
import type { IndicatorValueInput } from "./dto/indicator-value.input";
import type { IndicatorInput } from "./dto/indicator.input";

const MAX_NAME = 300;
const MAX_UNIT = 60;
const MAX_DEFINITION = 5_000;
const MAX_SOURCE = 1_000;
/** Beyond 15 significant digits a double no longer holds the number the editor typed. */
const MAX_MAGNITUDE = 1e15;

type Problem = (field: string, message: string) => void;

function collector(prefix: string[]) {
  const errors: UserError[] = [];
  const report: Problem = (field, message) => errors.push({ field: [...prefix, field], message });
  return { errors, report };
}

function checkText(report: Problem, field: string, value: string, max: number, required: boolean) {
  if (required && value === "") report(field, "must not be empty");
  else if (value.length > max) report(field, `must be at most ${max} characters`);
}

export function validateIndicatorCode(code: string): UserError[] {
  return isIndicatorCode(code)
    ? []
    : [
        {
          field: ["code"],
          message: "must be at most 64 letters and digits, joined by . _ or -, e.g. WPRES_PES_NA_10K",
        },
      ];
}

/** The definition after trimming; errors name the input field. */
export function validateIndicatorInput(input: IndicatorInput) {
  const { errors, report } = collector(["input"]);
  const normalized = {
    name: input.name.trim(),
    programme: input.programme,
    area: input.area ?? null,
    unit: input.unit.trim(),
    definition: (input.definition ?? "").trim(),
    source: (input.source ?? "").trim(),
    direction: input.direction,
  };
  checkText(report, "name", normalized.name, MAX_NAME, true);
  checkText(report, "unit", normalized.unit, MAX_UNIT, true);
  checkText(report, "definition", normalized.definition, MAX_DEFINITION, false);
  checkText(report, "source", normalized.source, MAX_SOURCE, false);
  return { errors, normalized };
}

export type NormalizedIndicator = ReturnType<typeof validateIndicatorInput>["normalized"];

/** One value after trimming; its references (indicator, unit) are checked against the database later. */
export function validateIndicatorValueInput(input: IndicatorValueInput) {
  const { errors, report } = collector(["input"]);
  const normalized = {
    indicatorCode: input.indicatorCode.trim(),
    territorialUnitCode: input.territorialUnitCode.trim(),
    year: input.year,
    value: input.value,
    baseline: input.baseline ?? null,
    target: input.target ?? null,
    source: (input.source ?? "").trim(),
    note: (input.note ?? "").trim(),
  };
  errors.push(...validateIndicatorValueKey(normalized, ["input"]));
  for (const field of ["value", "baseline", "target"] as const) {
    const number = normalized[field];
    if (number !== null && Math.abs(number) >= MAX_MAGNITUDE)
      report(field, "must be less than 10^15 in absolute value");
  }
  checkText(report, "source", normalized.source, MAX_SOURCE, false);
  checkText(report, "note", normalized.note, MAX_SOURCE, false);
  return { errors, normalized };
}

/** What names one stored value: an indicator, a TERYT unit and a year. */
export function validateIndicatorValueKey(
  key: { indicatorCode: string; territorialUnitCode: string; year: number },
  prefix: string[] = [],
): UserError[] {
  const { errors, report } = collector(prefix);
  if (!isIndicatorCode(key.indicatorCode)) report("indicatorCode", "must be an indicator code");
  if (!isTerytCode(key.territorialUnitCode))
    report("territorialUnitCode", "must be a TERYT code of 2, 4 or 7 digits");
  if (!isIndicatorYear(key.year)) report("year", "must be a year from 1990 to 2100");
  return errors;
}

export type NormalizedIndicatorValue = ReturnType<typeof validateIndicatorValueInput>["normalized"];

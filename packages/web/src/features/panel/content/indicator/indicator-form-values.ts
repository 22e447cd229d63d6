import type {
  IndicatorDirection,
  IndicatorInput,
  IndicatorProgramme,
  IndicatorValueInput,
  ServiceArea,
} from "@/__generated__/graphql";
import { formInputReader, type FormInputReader } from "../../records/form-input";
import { oneOf } from "../shared/kept-values";

const PROGRAMMES: readonly IndicatorProgramme[] = ["KPRES", "WPRES", "RPDI", "OZPS", "OTHER"];
const DIRECTIONS: readonly IndicatorDirection[] = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"];

/** The value form's fields carry this prefix: it shares the page (and field ids) with the definition form. */
export const VALUE_PREFIX = "entry";
export const valueField = (name: string) => `${VALUE_PREFIX}.${name}`;

type Conversion<T> = { ok: true; input: T } | { ok: false; errors: Record<string, string> };

const finish = <T>(read: FormInputReader, input: T): Conversion<T> =>
  Object.keys(read.errors).length ? { ok: false, errors: read.errors } : { ok: true, input };

/** A number as people type it: "12,5", "1 250", "-3.2"; a message at the field otherwise. */
function readNumber(read: FormInputReader, name: string, required: boolean): number | null {
  const text = read
    .text(name)
    ?.replace(/[\s\u00a0\u202f]/g, "")
    .replace(",", ".");
  if (!text) {
    if (required) read.fail(name, "Wpisz wartość, np. 12,5.");
    return null;
  }
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    read.fail(name, "Wpisz liczbę, np. 24 albo 12,5 (bez jednostki).");
    return null;
  }
  return Number(text);
}

/** The definition form's values as the API's code and IndicatorInput. */
export function indicatorInputFromForm(
  values: Record<string, string>,
): Conversion<{ code: string; input: IndicatorInput }> {
  const read = formInputReader(values);
  const code = read.required("code");
  const programme = oneOf(read.text("programme"), PROGRAMMES);
  if (!programme) read.fail("programme", "Wybierz program.");
  const direction = oneOf(read.text("direction"), DIRECTIONS);
  if (!direction) read.fail("direction", "Wybierz, w którą stronę wskaźnik powinien się zmieniać.");
  const input: IndicatorInput = {
    name: read.required("name"),
    programme: programme ?? "OTHER",
    area: (read.text("area") as ServiceArea | null) ?? null,
    unit: read.required("unit"),
    definition: read.text("definition"),
    source: read.text("source"),
    direction: direction ?? "HIGHER_IS_BETTER",
  };
  return finish(read, { code, input });
}

/** The value form's values (prefixed, see VALUE_PREFIX) as the API's IndicatorValueInput. */
export function indicatorValueInputFromForm(values: Record<string, string>): Conversion<IndicatorValueInput> {
  const read = formInputReader(values);
  const input: IndicatorValueInput = {
    indicatorCode: read.required("indicatorCode"),
    territorialUnitCode: read.required(valueField("territorialUnitCode")),
    year: read.int(valueField("year")) ?? 0,
    value: readNumber(read, valueField("value"), true) ?? 0,
    baseline: readNumber(read, valueField("baseline"), false),
    target: readNumber(read, valueField("target"), false),
    source: read.text(valueField("source")),
    note: read.text(valueField("note")),
  };
  if (!read.text(valueField("year"))) read.fail(valueField("year"), "Wpisz rok, np. 2024.");
  return finish(read, input);
}

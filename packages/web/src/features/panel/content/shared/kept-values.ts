/**
 * The submitted text fields by name, like `formValues`, except that a repeated field (a group of
 * checkboxes sending one API list) keeps all its values, one per line: the form puts them back after
 * a refusal and `formInputReader(values).list(name)` reads them.
 */
export function keptValues(form: FormData, listNames: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && !name.startsWith("$ACTION")) values[name] = value.slice(0, 100_000);
  }
  for (const name of listNames) {
    values[name] = form
      .getAll(name)
      .filter((value): value is string => typeof value === "string")
      .join("\n");
  }
  return values;
}

/** One of the allowed values, or null. */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** A TERYT (TERC) code: województwo `WW`, powiat `WWPP`, gmina or its part `WWPPGGR`. */
export const TERYT_CODE_PATTERN = /^(\d{2}|\d{4}|\d{7})$/;

export function isTerytCode(value: string): boolean {
  return TERYT_CODE_PATTERN.test(value);
}

/** The codes of every unit that contains the given one, from the województwo down. */
export function ancestorCodes(code: string): string[] {
  if (code.length === 7) return [code.slice(0, 2), code.slice(0, 4)];
  if (code.length === 4) return [code.slice(0, 2)];
  return [];
}

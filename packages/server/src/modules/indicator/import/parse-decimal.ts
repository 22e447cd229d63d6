const PLAIN = /^-?\d+(?:[.,]\d+)?$/;
// Spreadsheets group thousands with a space, a no-break space or a narrow no-break space.
const GROUPED = /^-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;
const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * A number written the Polish or the English way — "6,9", "6.9", "1 173 286", "-0,25" — or null.
 * At most 15 significant digits, so that the value survives a double exactly.
 */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(/^\u2212/, "-");
  if (!PLAIN.test(trimmed) && !GROUPED.test(trimmed)) return null;
  const normalized = trimmed.replace(/[ \u00a0\u202f]/g, "").replace(",", ".");
  const significant = normalized.replace(/[-.]/g, "").replace(/^0+/, "");
  if (significant.length > MAX_SIGNIFICANT_DIGITS) return null;
  return Number(normalized);
}

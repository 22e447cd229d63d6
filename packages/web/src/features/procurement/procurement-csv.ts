/**
 * CSV as Polish spreadsheets open it: UTF-8 with a byte-order mark, ";" between fields (as the
 * site's other CSV files — Excel with Polish settings splits on it), CRLF line ends and RFC 4180
 * quoting.
 */
const BOM = "\uFEFF";
const SEPARATOR = ";";

/**
 * One cell: quoted (with inner quotes doubled) when it holds a separator, a quote or a line break.
 * Text a spreadsheet would run as a formula (=, +, -, @ at the start, or a tab or carriage return
 * before one) gets a leading apostrophe, so data from the register can never become a formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";,\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: the header row, then the rows, each line ended by CRLF, behind a BOM. */
export function csvDocument(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(SEPARATOR));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

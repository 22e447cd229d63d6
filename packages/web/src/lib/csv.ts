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

/** A whole file of cells already written (see csvCell), each line ended by CRLF, behind a BOM. */
export function csvFile(lines: readonly (readonly string[])[]): string {
  return `${BOM}${lines.map((cells) => cells.join(SEPARATOR)).join("\r\n")}\r\n`;
}

/** A whole file of text: the header row, then the rows. */
export function csvDocument(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return csvFile([header, ...rows].map((cells) => cells.map(csvCell)));
}

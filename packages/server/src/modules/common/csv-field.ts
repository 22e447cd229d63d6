/**
 * A CSV field as RFC 4180 writes it: quoted, with its quotes doubled, when it holds the separator,
 * a quote or a line break. Callers decide the dialect (separator, formula disarming).
 */
export function quoteCsvField(text: string, separator: "," | ";"): string {
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

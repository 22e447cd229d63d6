import { foldPolish } from "@obserwatorium/schema";

/** Text compared as a natural key: case, Polish letters, punctuation and spacing do not count. */
export function keyText(text: string | null | undefined): string {
  return foldPolish(text ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** An identifier (NIP, REGON, KRS) as its digits only: "525-224-84-81" is "5252248481". */
export function digitsOf(text: string | null | undefined): string {
  return (text ?? "").replace(/\D/g, "");
}

/** The cells of a list column, separated with "|". */
export function listCell(cell: string | undefined): string[] {
  return (cell ?? "")
    .split("|")
    .map((item) => item.trim())
    .filter(Boolean);
}

export const optionalCell = (cell: string | undefined) => (cell?.trim() ? cell.trim() : null);

/** A decimal with a comma or a dot; what is not a number becomes NaN, which validation reports. */
export function numberCell(cell: string | undefined): number | null {
  const text = optionalCell(cell);
  return text === null ? null : Number(text.replace(",", "."));
}

import type { ImportSource } from "./import-state";

/** The API takes at most 1 000 000 characters; a UTF-8 file of this many bytes never has more. */
export const MAX_CSV_BYTES = 1_000_000;

export type CsvUpload = { csv: string } | { source: ImportSource; error: string };

const megabytes = (bytes: number) =>
  `${(bytes / 1_000_000).toLocaleString("pl-PL", { maximumFractionDigits: 1 })} MB`;

/** A file input with no file chosen still sends an empty, nameless file. */
const isChosen = (value: FormDataEntryValue | null): value is File =>
  typeof value === "object" && value !== null && (value.size > 0 || value.name !== "");

/**
 * The CSV text of the import form: the chosen file (which wins) or the pasted text. A file must be
 * UTF-8 (a byte-order mark is dropped) and at most 1 MB; each refusal names its field.
 */
export async function readCsvUpload(formData: FormData): Promise<CsvUpload> {
  const file = formData.get("file");
  if (isChosen(file)) {
    if (file.size > MAX_CSV_BYTES) {
      return {
        source: "file",
        error: `Plik ma ${megabytes(file.size)}, a może mieć najwyżej 1 MB. Podziel go na mniejsze części.`,
      };
    }
    if (file.size === 0) return { source: "file", error: "Wybrany plik jest pusty." };
    try {
      const csv = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
      return { csv };
    } catch {
      return {
        source: "file",
        error:
          "Plik nie jest zapisany w kodowaniu UTF-8. W arkuszu wybierz „Zapisz jako” → „CSV UTF-8” i spróbuj ponownie.",
      };
    }
  }
  const pasted = formData.get("csv");
  const text = typeof pasted === "string" ? pasted.replace(/^\uFEFF/, "") : "";
  if (text.length > MAX_CSV_BYTES) {
    return { source: "csv", error: "Wklejony tekst jest za długi: najwyżej 1 000 000 znaków." };
  }
  if (!text.trim()) {
    return { source: "file", error: "Wybierz plik CSV albo wklej jego treść w polu poniżej." };
  }
  return { csv: text };
}

import type { ApiUserError, PanelFormState } from "../../forms/form-state";

/** The API takes at most this many characters of CSV. */
export const MAX_CSV_CHARACTERS = 1_000_000;

/** Each problem of a refused file as a line of the list: where, then what (nothing was written). */
export function importRefusal(userErrors: readonly ApiUserError[]): PanelFormState {
  const lines = userErrors.map(({ field, message }) => {
    const [first, line, column] = field;
    if (first !== "csv" || !line) return message;
    return `Wiersz ${line}${column && column !== "line" ? `, kolumna ${column}` : ""}: ${message}`;
  });
  return {
    status: "rejected",
    fieldErrors: {
      csv: `Plik ma błędy (${userErrors.length}) — nic nie zapisano. Popraw je i wyślij plik ponownie.`,
    },
    formErrors: lines,
    values: {},
    message: null,
  };
}

/** The confirmation after an import: how many rows were stored, new and changed. */
export function importSummary(imported: number, inserted: number, updated: number): string {
  return `Zaimportowano wierszy: ${imported} (nowych wartości: ${inserted}, zmienionych: ${updated}, bez zmian: ${
    imported - inserted - updated
  }).`;
}

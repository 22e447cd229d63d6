import type { TextExtractionState } from "@/__generated__/graphql";

/** What the API's POST /files/documents/:id answered, read into what the panel says. */
export type UploadAnswer =
  | { ok: true; fileName: string; pageCount: number; textState: TextExtractionState }
  | { ok: false; message: string };

/** The panel's words for the states of a file's text: the documents-without-text queue depends on it. */
export const TEXT_STATE_PANEL: Record<TextExtractionState, string> = {
  EXTRACTED: "odczytano warstwę tekstową — treść jest przeszukiwalna",
  NO_TEXT_LAYER: "brak warstwy tekstowej (skan) — dokument trafia do kolejki „bez tekstu”",
  ENCRYPTED: "plik zabezpieczony hasłem — treści nie odczytano",
  BROKEN: "nie udało się odczytać pliku jako PDF",
};

const ERROR_WORDS: Record<string, (message: string) => string> = {
  FILE_TOO_LARGE: (message) => {
    const bytes = Number(/(\d+) bytes/.exec(message)?.[1]);
    return Number.isFinite(bytes)
      ? `Plik jest za duży — najwyżej ${Math.floor(bytes / 1024 / 1024)} MB.`
      : "Plik jest za duży.";
  },
  UNSUPPORTED_FILE_TYPE: () => "To nie jest plik PDF — przyjmujemy tylko pliki PDF.",
  DUPLICATE_FILE: () => "Ten plik jest już zapisany.",
  NOT_FOUND: () => "Nie ma takiego dokumentu — odśwież stronę.",
  UNAUTHENTICATED: () => "Sesja wygasła — zaloguj się ponownie.",
  FORBIDDEN: () => "Twoja rola nie pozwala dodawać plików.",
  BAD_USER_INPUT: () => "Wybierz plik PDF do wysłania.",
  STORAGE_FULL: () =>
    "Brak miejsca na dysku serwera — pliku nie zapisano. Spróbuj później lub powiadom administratora.",
  SERVICE_UNAVAILABLE: () => "Baza danych jest chwilowo niedostępna — pliku nie zapisano. Spróbuj za chwilę.",
};

/** The API's JSON answer (`{ file }` or `{ error: { code, message } }`) with its HTTP status. */
export function readUploadAnswer(status: number, body: unknown): UploadAnswer {
  const file = (body as { file?: { fileName?: unknown; pageCount?: unknown; textState?: unknown } } | null)
    ?.file;
  if (status >= 200 && status < 300 && file && typeof file.textState === "string") {
    return {
      ok: true,
      fileName: String(file.fileName ?? ""),
      pageCount: Number(file.pageCount ?? 0),
      textState: file.textState as TextExtractionState,
    };
  }
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === "string" ? error.code : "";
  const message = typeof error?.message === "string" ? error.message : "";
  const words = ERROR_WORDS[code] ?? (status === 413 ? ERROR_WORDS.FILE_TOO_LARGE : undefined);
  return {
    ok: false,
    message: words ? words(message) : `Nie zapisano pliku (${status}${message ? `: ${message}` : ""}).`,
  };
}

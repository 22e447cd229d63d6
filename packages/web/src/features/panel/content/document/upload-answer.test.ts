import { describe, expect, it } from "vitest";
import { readUploadAnswer } from "./upload-answer";

describe("readUploadAnswer", () => {
  it("reads a stored file with the state of its text", () => {
    expect(
      readUploadAnswer(201, { file: { fileName: "plan.pdf", pageCount: 3, textState: "NO_TEXT_LAYER" } }),
    ).toEqual({ ok: true, fileName: "plan.pdf", pageCount: 3, textState: "NO_TEXT_LAYER" });
  });

  it("words the API's refusals in Polish", () => {
    expect(
      readUploadAnswer(415, {
        error: { code: "UNSUPPORTED_FILE_TYPE", message: "only PDF files are accepted" },
      }),
    ).toEqual({
      ok: false,
      message: "To nie jest plik PDF — przyjmujemy tylko pliki PDF.",
    });
    expect(
      readUploadAnswer(413, {
        error: { code: "FILE_TOO_LARGE", message: "files may have at most 52428800 bytes" },
      }),
    ).toEqual({ ok: false, message: "Plik jest za duży — najwyżej 50 MB." });
    expect(
      readUploadAnswer(507, {
        error: { code: "STORAGE_FULL", message: "the server has no space left to store this file" },
      }),
    ).toEqual({ ok: false, message: expect.stringMatching(/^Brak miejsca na dysku serwera/) });
  });

  it("says what happened when the answer is not the API's JSON", () => {
    expect(readUploadAnswer(413, null)).toEqual({ ok: false, message: "Plik jest za duży." });
    expect(readUploadAnswer(502, { error: { code: "X", message: "bad gateway" } })).toEqual({
      ok: false,
      message: "Nie zapisano pliku (502: bad gateway).",
    });
  });
});

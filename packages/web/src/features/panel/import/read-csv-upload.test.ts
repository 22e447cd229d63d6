import { describe, expect, it } from "vitest";
import { MAX_CSV_BYTES, readCsvUpload } from "./read-csv-upload";

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};
const noFile = () => new File([], "", { type: "application/octet-stream" });

describe("reading the uploaded CSV", () => {
  it("reads a UTF-8 file without its byte-order mark, and prefers it to pasted text", async () => {
    const file = new File(["\uFEFFtitle;description\nŻłobek;opis\n"], "uslugi.csv", { type: "text/csv" });
    expect(await readCsvUpload(form({ file, csv: "ignored" }))).toEqual({
      csv: "title;description\nŻłobek;opis\n",
    });
  });

  it("refuses a file that is not UTF-8 at the file field", async () => {
    // "Żłobek" in Windows-1250, as Excel saves a plain CSV with Polish settings.
    const file = new File([new Uint8Array([0xaf, 0xb3, 0x6f, 0x62, 0x65, 0x6b])], "cp1250.csv");
    const result = await readCsvUpload(form({ file }));
    expect(result).toEqual({ source: "file", error: expect.stringContaining("UTF-8") });
  });

  it("refuses a file over 1 MB at the file field, naming its size", async () => {
    const file = new File(["a".repeat(MAX_CSV_BYTES + 1)], "big.csv");
    const result = await readCsvUpload(form({ file }));
    expect(result).toEqual({ source: "file", error: expect.stringMatching(/1 MB.*najwyżej 1 MB/) });
  });

  it("takes the pasted text when no file is chosen", async () => {
    expect(await readCsvUpload(form({ file: noFile(), csv: "title\nA\n" }))).toEqual({ csv: "title\nA\n" });
  });

  it("asks for a file or text when both are empty", async () => {
    expect(await readCsvUpload(form({ file: noFile(), csv: "  \n" }))).toEqual({
      source: "file",
      error: expect.stringContaining("Wybierz plik CSV"),
    });
  });

  it("refuses pasted text over the API's limit at the text field", async () => {
    const result = await readCsvUpload(form({ csv: "a".repeat(MAX_CSV_BYTES + 1) }));
    expect(result).toEqual({ source: "csv", error: expect.stringContaining("za długi") });
  });
});

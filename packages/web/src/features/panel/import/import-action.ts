"use server";

import { currentPanelUser, isStaff } from "@/lib/panel/current-user";
import { importKindOf, type ImportKind } from "./import-kinds";
import { idleImportState, type ImportOutcome, type ImportState } from "./import-state";
import { runOrganizationImport } from "./organization-import";
import { readCsvUpload } from "./read-csv-upload";
import { runServiceImport } from "./service-import";

type ImportRunner = (csv: string, dryRun: boolean) => Promise<ImportOutcome>;

const RUNNERS: Record<ImportKind, ImportRunner> = {
  uslugi: runServiceImport,
  podmioty: runOrganizationImport,
};

const failed = (kind: ImportKind, failure: string, pasted = ""): ImportState => ({
  ...idleImportState(kind),
  status: "failed",
  failure,
  pasted,
});

async function outcomeOf(kind: ImportKind, run: ImportRunner, csv: string, dryRun: boolean) {
  try {
    return await run(csv, dryRun);
  } catch (error) {
    console.error(`The ${kind} CSV import (dryRun: ${dryRun}) failed`, error);
    return null;
  }
}

/**
 * One step of a CSV import: `intent=check` reads the uploaded file (or the pasted text) and asks
 * the API for a dry run, which writes nothing; `intent=apply` sends the checked text again with
 * dryRun false, and the API writes every line in one transaction or none.
 */
export async function runImportStep(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const kind = importKindOf(formData.get("kind"));
  const pasted = typeof formData.get("csv") === "string" ? String(formData.get("csv")) : "";
  const user = await currentPanelUser();
  if (!user || !isStaff(user)) {
    return failed(kind, "Import jest dostępny tylko dla zalogowanych redaktorów. Zaloguj się ponownie.");
  }
  const run = RUNNERS[kind];

  if (formData.get("intent") === "apply") {
    const csv = formData.get("checkedCsv");
    if (typeof csv !== "string" || !csv.trim()) {
      return failed(kind, "Brak sprawdzonego pliku. Wybierz plik i sprawdź go jeszcze raz.");
    }
    const outcome = await outcomeOf(kind, run, csv, false);
    if (!outcome)
      return failed(kind, "Import nie powiódł się i nic nie zapisano. Spróbuj ponownie za chwilę.");
    return outcome.problems.length
      ? { ...idleImportState(kind), status: "rejected", problems: outcome.problems }
      : { ...idleImportState(kind), status: "applied", lines: outcome.lines };
  }

  const upload = await readCsvUpload(formData);
  if ("error" in upload) {
    return {
      ...idleImportState(kind),
      status: "rejected",
      fieldErrors: { [upload.source]: upload.error },
      pasted,
    };
  }
  const outcome = await outcomeOf(kind, run, upload.csv, true);
  if (!outcome) return failed(kind, "Nie udało się sprawdzić pliku. Spróbuj ponownie za chwilę.", pasted);
  return outcome.problems.length
    ? { ...idleImportState(kind), status: "rejected", problems: outcome.problems, pasted }
    : { ...idleImportState(kind), status: "checked", lines: outcome.lines, csv: upload.csv, pasted };
}

import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { writeTextPdf, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertDocumentRow } from "../factories/stewardship-rows";
import { signInEditor } from "../support/editor-session";
import { startFaultServices, startHubLikeApi, type FaultServices } from "../support/fault-services";

/**
 * Issue 10, faults: the files directory sits on a 256 KB tmpfs, so an upload runs out of disk.
 * The editor gets a clear error, and neither a row nor a (partial) file is left behind.
 */

const QUOTA = "256k";

let services: FaultServices;
let api: RunningApi;
let filesDirectory: string;
let mounted = false;
let editor: Record<string, string>;
let documentId: string;

function mountTinyDisk(directory: string) {
  mkdirSync(directory, { recursive: true });
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${QUOTA}`, "tmpfs", directory], { stdio: "pipe" });
  } catch (error) {
    const reason = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
    throw new Error(
      `The disk-full test needs a ${QUOTA} tmpfs at ${directory} and could not mount one (it must run as ` +
        `root, or with CAP_SYS_ADMIN, as CI does): ${reason}`,
    );
  }
  mounted = true;
}

/** Every file under the directory (empty folders do not count). */
function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: "utf8" }).filter((path) =>
    statSync(join(directory, path)).isFile(),
  );
}

async function upload(bytes: Uint8Array, fileName: string) {
  const form = new FormData();
  form.append("file", new Blob([Buffer.from(bytes)]), fileName);
  const response = await fetch(new URL(`/files/documents/${documentId}`, api.url), {
    method: "POST",
    body: form,
    headers: editor,
    signal: AbortSignal.timeout(30_000),
  });
  return {
    status: response.status,
    body: (await response.json()) as { file?: { id: string }; error?: Record<string, string> },
  };
}

async function fileRows(): Promise<number> {
  const { rows } = await services.database.pool.query<{ count: string }>(
    "select count(*) from document_file",
  );
  return Number(rows[0]!.count);
}

beforeAll(async () => {
  services = await startFaultServices("disk_full");
  filesDirectory = join(services.directory, "files");
  mountTinyDisk(filesDirectory);
  api = await startHubLikeApi(services.database, { directory: filesDirectory, maxBytes: 5 * 1024 * 1024 });
  editor = await signInEditor(services.database, api);
  const id = await insertDocumentRow(services.database.pool, {
    title: "Raport o stanie gminy",
    textStates: [],
  });
  documentId = Buffer.from(`Document:${id}`).toString("base64url");
}, 120_000);

afterAll(async () => {
  await api?.stop();
  if (mounted) execFileSync("umount", [filesDirectory]);
  await services?.stop();
});

describe("an upload onto a full disk", () => {
  it("fails with a clear error and leaves no row and no file", async () => {
    // A PDF larger than the whole disk: the write fails part of the way through.
    const tooBig = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(400 * 1024)]);
    const answer = await upload(tooBig, "sprawozdanie.pdf");

    expect(answer.status).toBe(507);
    expect(answer.body.error).toEqual({
      code: "STORAGE_FULL",
      message: "the server has no space left to store this file; nothing was saved",
      field: "file",
    });
    expect(await fileRows()).toBe(0);
    expect(filesUnder(filesDirectory)).toEqual([]);
  });

  it("stores the next file that fits, as if nothing had happened", async () => {
    const answer = await upload(
      await writeTextPdf("Raport", ["Raport o stanie gminy za 2025 rok"]),
      "raport.pdf",
    );

    expect(answer.status).toBe(201);
    expect(await fileRows()).toBe(1);
    expect(filesUnder(filesDirectory)).toHaveLength(1);
  });
});

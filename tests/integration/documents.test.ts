import { importTerytFile, writeTextPdf, type RunningApi } from "@obserwatorium/server";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

const MAX_UPLOAD = 200 * 1024;
let database: TestDatabase;
let api: RunningApi;
let editor: Record<string, string>;

const PAGES = [
  "Lokalny plan deinstytucjonalizacji usług społecznych gminy Łapy na lata 2025–2030. Wstęp.",
  "Diagnoza: w gminie mieszka 15 tysięcy osób, w tym coraz więcej seniorów.",
  "Działanie 4: uruchomienie mieszkań wspomaganych dla osób z niepełnosprawnościami przy ulicy Kościuszki.",
  "Monitoring i ewaluacja planu.",
];

interface UploadResponse {
  file: { id: string; fileName: string; textState: string; pageCount: number; downloadPath: string };
  error: { code: string; message: string; field?: string; documentId?: string };
}

const apiBase = () => api.url.replace(/\/graphql$/, "");

async function createDocument(input: Record<string, unknown>): Promise<string> {
  const response = await graphqlRequest<{
    createDocument: { document: { id: string } | null; userErrors: unknown[] };
  }>(
    api,
    `mutation ($input: DocumentInput!) { createDocument(input: $input) { document { id } userErrors { field message } } }`,
    { input },
    editor,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.createDocument.userErrors).toEqual([]);
  return response.data!.createDocument.document!.id;
}

async function upload(documentId: string, bytes: Uint8Array, fileName: string, headers = editor) {
  const form = new FormData();
  form.append("file", new Blob([Buffer.from(bytes)]), fileName);
  const response = await fetch(`${apiBase()}/files/documents/${documentId}`, {
    method: "POST",
    body: form,
    headers,
  });
  return { status: response.status, body: (await response.json()) as UploadResponse };
}

async function publish(id: string) {
  await graphqlRequest(
    api,
    `mutation ($id: ID!) { publishDocument(id: $id) { userErrors { field } } }`,
    { id },
    editor,
  );
}

const LPDI = {
  kind: "LPDI",
  title: "Lokalny plan deinstytucjonalizacji gminy Łapy",
  territorialUnitCode: "2002063",
  periodFromYear: 2025,
  periodToYear: 2030,
  stage: "ADOPTED",
  act: { number: "XII/85/2025", body: "Rada Miejska w Łapach", date: "2025-03-01" },
};

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database, { today: () => "2026-11-22", maxUploadBytes: MAX_UPLOAD });
  editor = await signInEditor(database, api);
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("uploading and finding documents", () => {
  let documentId: string;
  let fileId: string;
  let pdf: Uint8Array;

  it("stores a PDF with its text per page and finds a phrase of page 3, with a snippet in Polish", async () => {
    documentId = await createDocument(LPDI);
    pdf = await writeTextPdf(LPDI.title, PAGES);
    const uploaded = await upload(documentId, pdf, "LPDI Łapy 2025.pdf");
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.file).toMatchObject({
      fileName: "LPDI Łapy 2025.pdf",
      textState: "EXTRACTED",
      pageCount: 4,
    });
    fileId = uploaded.body.file.id;
    await publish(documentId);

    const response = await graphqlRequest<{
      documents: {
        totalCount: number;
        edges: {
          node: {
            title: string;
            status: string;
            textMatches: { pageNumber: number; snippet: { text: string; highlighted: boolean }[] }[];
          };
        }[];
      };
    }>(
      api,
      `query ($text: String) { documents(filter: { text: $text }, first: 20) { totalCount edges { node {
         title status textMatches { pageNumber snippet { text highlighted } } } } } }`,
      { text: "mieszkan wspomaganych" },
    );
    expect(response.errors).toBeUndefined();
    const [hit] = response.data!.documents.edges;
    expect(hit!.node.title).toBe(LPDI.title);
    expect(hit!.node.status).toBe("IN_FORCE");
    expect(hit!.node.textMatches[0]!.pageNumber).toBe(3);
    const snippet = hit!.node.textMatches[0]!.snippet;
    expect(snippet.filter((segment) => segment.highlighted).map((segment) => segment.text)).toEqual([
      "mieszkań",
      "wspomaganych",
    ]);
    expect(snippet.map((segment) => segment.text).join("")).toContain("niepełnosprawnościami");
  });

  it("serves the pages as text and the file with its type and name", async () => {
    const response = await graphqlRequest<{
      document: { files: { pages: { pageNumber: number; text: string }[]; downloadPath: string }[] };
    }>(
      api,
      `query ($id: ID!) { document(id: $id) { files { downloadPath pages(fromPage: 2, first: 2) { pageNumber text } } } }`,
      { id: documentId },
    );
    const [file] = response.data!.document.files;
    expect(file!.pages.map((page) => page.pageNumber)).toEqual([2, 3]);
    expect(file!.pages[1]!.text).toContain("mieszkań wspomaganych");
    const download = await fetch(`${apiBase()}${file!.downloadPath}?download=1`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="LPDI Lapy 2025.pdf"; filename*=UTF-8''LPDI%20%C5%81apy%202025.pdf`,
    );
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
    expect(fileId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("detects the same file uploaded twice", async () => {
    const other = await createDocument({ ...LPDI, title: "Kopia planu" });
    const again = await upload(other, pdf, "kopia.pdf");
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "DUPLICATE_FILE", field: "file", documentId });
  });

  it("decides the type by the bytes: a renamed non-PDF is refused", async () => {
    const fake = new TextEncoder().encode("PK\u0003\u0004 this is a zip, not a PDF");
    const response = await upload(documentId, fake, "plan.pdf");
    expect(response.status).toBe(415);
    expect(response.body.error).toEqual({
      code: "UNSUPPORTED_FILE_TYPE",
      message: "only PDF files are accepted",
      field: "file",
    });
  });

  it("refuses a file over the size limit", async () => {
    const big = new Uint8Array(MAX_UPLOAD + 10_000);
    big.set(new TextEncoder().encode("%PDF-1.7\n"));
    const response = await upload(documentId, big, "duzy.pdf");
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe("FILE_TOO_LARGE");
  });

  it("accepts a scan without text, flagged, and a broken PDF, flagged", async () => {
    const scan = await PDFDocument.create();
    scan.addPage();
    const scanned = await upload(documentId, await scan.save(), "skan.pdf");
    expect(scanned.body.file).toMatchObject({ textState: "NO_TEXT_LAYER", pageCount: 1 });
    const broken = await upload(documentId, new TextEncoder().encode("%PDF-1.4\ngarbage"), "zepsuty.pdf");
    expect(broken.status).toBe(201);
    expect(broken.body.file.textState).toBe("BROKEN");
  });

  it("refuses anonymous uploads and hides unpublished files from anonymous users", async () => {
    const draft = await createDocument({ ...LPDI, title: "Projekt planu", stage: "CONSULTATION", act: null });
    const anonymous = await upload(draft, await writeTextPdf("x", ["projekt"]), "projekt.pdf", {});
    expect(anonymous.status).toBe(401);
    const uploaded = await upload(
      draft,
      await writeTextPdf("x", ["projekt planu w konsultacjach"]),
      "projekt.pdf",
    );
    expect(uploaded.status).toBe(201);
    const path = uploaded.body.file.downloadPath as string;
    expect((await fetch(`${apiBase()}${path}`)).status).toBe(404);
    expect((await fetch(`${apiBase()}${path}`, { headers: editor })).status).toBe(200);
    const search = await graphqlRequest<{ documents: { totalCount: number } }>(
      api,
      `{ documents(filter: { text: "konsultacjach" }, first: 1) { totalCount } }`,
    );
    expect(search.data!.documents.totalCount).toBe(0);
  });
});

describe("lpdiCoverage", () => {
  it("gives each JST of a powiat its plan state and the share adopted", async () => {
    // Powiat białostocki: the powiat and its 15 gminy. Łapy has an adopted plan in force (above);
    // Choroszcz one in preparation; Supraśl one adopted but unpublished (not counted for the public).
    await publish(
      await createDocument({
        ...LPDI,
        title: "Projekt LPDI Choroszcz",
        territorialUnitCode: "2002013",
        stage: "CONSULTATION",
        act: null,
      }),
    );
    await createDocument({ ...LPDI, title: "LPDI Supraśl", territorialUnitCode: "2002093" });
    await publish(
      await createDocument({
        ...LPDI,
        title: "LPDI powiatu",
        territorialUnitCode: "2002",
        act: { ...LPDI.act, date: "2026-01-10" },
        periodToYear: 2031,
      }),
    );

    const query = `{ lpdiCoverage(areaCode: "2002") { jstCount adoptedCount adoptedShare targetShare
      entries { unit { code } status document { title } } } }`;
    type Data = {
      lpdiCoverage: {
        jstCount: number;
        adoptedCount: number;
        adoptedShare: number;
        targetShare: number;
        entries: { unit: { code: string }; status: string; document: { title: string } | null }[];
      };
    };
    const coverage = (await graphqlRequest<Data>(api, query)).data!.lpdiCoverage;
    expect(coverage.jstCount).toBe(16);
    expect(coverage.adoptedCount).toBe(2);
    expect(coverage.adoptedShare).toBeCloseTo(2 / 16);
    expect(coverage.targetShare).toBe(0.5);
    const status = (code: string) => coverage.entries.find((entry) => entry.unit.code === code)!.status;
    expect(coverage.entries[0]!.unit.code).toBe("2002");
    expect(status("2002")).toBe("IN_FORCE");
    expect(status("2002063")).toBe("IN_FORCE");
    expect(status("2002013")).toBe("IN_PREPARATION");
    expect(status("2002093")).toBe("NONE");
    expect(status("2002032")).toBe("NONE");
    const asEditor = (await graphqlRequest<Data>(api, query, {}, editor)).data!.lpdiCoverage;
    expect(asEditor.adoptedCount).toBe(3);

    const bad = await graphqlRequest(api, `{ lpdiCoverage(areaCode: "2002063") { jstCount } }`);
    expect(bad.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "areaCode" });
  });
});

import busboy from "busboy";
import express, { type Request, type Response, type Router } from "express";
import type { ApiDependencies } from "../../../app/context";
import { systemClock } from "../../common/clock";
import { DomainError } from "../../common/errors";
import { foldPolish } from "@obserwatorium/schema";
import { toGlobalId, uuidFromGlobalId } from "../../common/global-id";
import { AuthService } from "../../user/auth.service";
import { runWithApiKey } from "../../audit/audit-actor";
import { resolveRequestAuth } from "../../user/request-auth";
import { bearerToken } from "../../user/session-cookie";
import { isStaffRole } from "../../user/user.entity";
import { canSeeUnpublished } from "../../common/viewer";
import { DocumentEntity } from "../document.entity";
import { DocumentFileService } from "./document-file.service";
import { DocumentFileEntity } from "./document-file.entity";
import { FileTooLargeError, StorageFullError, type FileStorage, type IncomingFile } from "./file-storage";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;

function fail(
  res: Response,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
) {
  res.status(status).json({ error: { code, message, ...extra } });
}

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name. */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii =
    foldPolish(fileName)
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "") || "dokument.pdf";
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Reads the single `file` part of a multipart upload into storage, within the size limit. */
function receiveUpload(
  req: Request,
  storage: FileStorage,
): Promise<{ incoming: IncomingFile; fileName: string } | null> {
  return new Promise((resolveUpload, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: "utf8",
        limits: { files: 1, fileSize: storage.options.maxBytes, fields: 10 },
      });
    } catch (error) {
      reject(error);
      return;
    }
    let received: Promise<{ incoming: IncomingFile; fileName: string }> | null = null;
    parser.on("file", (field, stream, info) => {
      if (field !== "file" || received) {
        stream.resume();
        return;
      }
      received = storage
        .receive(stream, () => (stream as unknown as { truncated: boolean }).truncated)
        .then((incoming) => ({ incoming, fileName: info.filename ?? "" }));
    });
    parser.on("error", reject);
    parser.on("close", () => {
      if (!received) resolveUpload(null);
      else received.then(resolveUpload, reject);
    });
    req.pipe(parser);
  });
}

/**
 * POST /files/documents/:documentId — multipart upload of a PDF (field `file`), editors only.
 * GET /files/:fileId — the file; anonymous callers get files of published documents only.
 */
export function documentFilesRouter(dependencies: ApiDependencies, storage: FileStorage): Router {
  const router = express.Router();
  const clock = dependencies.clock ?? systemClock;

  router.post("/files/documents/:documentId", async (req, res, next) => {
    try {
      const em = dependencies.orm.em.fork();
      const auth = await resolveRequestAuth(
        new AuthService(em, () => new Date(), dependencies.sessions),
        req,
        res,
      );
      if (auth.apiKey && !auth.apiKey.scopes.includes("WRITE")) {
        return fail(res, 403, "FORBIDDEN", "This API key's scopes do not allow this");
      }
      if (!auth.user) return fail(res, 401, "UNAUTHENTICATED", "You must be signed in to do this");
      if (!isStaffRole(auth.user.role)) return fail(res, 403, "FORBIDDEN", "Your role does not allow this");
      // A multipart POST is what a form on another page can send, with the browser's cookie: a
      // cookie-authenticated upload must carry a header such a form cannot set (as the GraphQL
      // endpoint requires for its writes). Bearer-token clients are not exposed to this.
      if (
        !auth.apiKey &&
        !bearerToken(req.headers.authorization) &&
        !req.headers["apollo-require-preflight"]
      ) {
        return fail(
          res,
          403,
          "CSRF_CHECK_FAILED",
          "uploads with the session cookie must send the header 'apollo-require-preflight: true'",
        );
      }
      let documentId: string;
      try {
        documentId = uuidFromGlobalId(String(req.params.documentId), "Document", "documentId");
      } catch (error) {
        if (error instanceof DomainError)
          return fail(res, 400, "BAD_USER_INPUT", error.message, { field: "documentId" });
        throw error;
      }
      const declared = Number(req.headers["content-length"] ?? 0);
      if (declared > storage.options.maxBytes + ENVELOPE_BYTES) {
        res.set("Connection", "close");
        return fail(res, 413, "FILE_TOO_LARGE", `files may have at most ${storage.options.maxBytes} bytes`, {
          field: "file",
        });
      }
      if (!req.is("multipart/form-data")) {
        return fail(res, 400, "BAD_USER_INPUT", "send the file as multipart/form-data in the field 'file'", {
          field: "file",
        });
      }
      const storageFull = () => {
        dependencies.logger.error("An upload failed: no space left in the files directory", {
          directory: storage.options.directory,
        });
        res.set("Connection", "close");
        fail(res, 507, "STORAGE_FULL", "the server has no space left to store this file; nothing was saved", {
          field: "file",
        });
      };
      let upload;
      try {
        upload = await receiveUpload(req, storage);
      } catch (error) {
        if (error instanceof StorageFullError) return storageFull();
        if (error instanceof FileTooLargeError) {
          return fail(
            res,
            413,
            "FILE_TOO_LARGE",
            `files may have at most ${storage.options.maxBytes} bytes`,
            { field: "file" },
          );
        }
        throw error;
      }
      if (!upload || upload.incoming.byteSize === 0) {
        if (upload) await storage.discard(upload.incoming);
        return fail(res, 400, "BAD_USER_INPUT", "no file in the field 'file'", { field: "file" });
      }
      const files = new DocumentFileService(em, storage, clock);
      const ingest = () => files.ingest(documentId, upload.incoming, upload.fileName, auth.user!.id);
      let outcome;
      try {
        // Its audit entry names the key an upload came with.
        outcome = await (auth.apiKey ? runWithApiKey(auth.apiKey.id, ingest) : ingest());
      } catch (error) {
        if (error instanceof StorageFullError) return storageFull();
        throw error;
      }
      await dependencies.afterWrite?.();
      if ("problem" in outcome) {
        const { status, code, message, documentId: existing } = outcome.problem;
        return fail(res, status, code, message, {
          field: code === "NOT_FOUND" ? "documentId" : "file",
          ...(existing && { documentId: toGlobalId("Document", existing) }),
        });
      }
      const { file } = outcome;
      res.status(201).json({
        file: {
          id: file.id,
          fileName: file.fileName,
          byteSize: file.byteSize,
          sha256: file.sha256,
          textState: file.textState,
          pageCount: file.pageCount,
          downloadPath: `/files/${file.id}`,
        },
      });
    } catch (error) {
      next(error);
    }
  });

  router.get("/files/:fileId", async (req, res, next) => {
    try {
      const fileId = String(req.params.fileId);
      if (!UUID.test(fileId)) return fail(res, 404, "NOT_FOUND", "no such file");
      const em = dependencies.orm.em.fork();
      const auth = await resolveRequestAuth(
        new AuthService(em, () => new Date(), dependencies.sessions),
        req,
        res,
      );
      const file = await em.findOne(DocumentFileEntity, { id: fileId });
      const document = file && (await em.findOne(DocumentEntity, { id: file.documentId }));
      // Editors may fetch drafts and archived files; the public, published ones only.
      const visible =
        document && (canSeeUnpublished(auth.viewer) || document.publicationState === "PUBLISHED");
      const opened = file && visible ? await storage.open(file.storageKey) : null;
      if (!file || !document || !opened) return fail(res, 404, "NOT_FOUND", "no such file");
      res.set({
        "Content-Type": file.contentType,
        "Content-Length": String(opened.byteSize),
        "Content-Disposition": contentDisposition(
          req.query.download ? "attachment" : "inline",
          file.fileName,
        ),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control":
          document.publicationState === "PUBLISHED" ? "public, max-age=300" : "private, no-store",
        ETag: `"${file.sha256}"`,
      });
      opened.stream.on("error", next);
      opened.stream.pipe(res);
    } catch (error) {
      next(error);
    }
  });

  return router;
}

import { createHash } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { answeredFromClientCopy } from "../open-data/http-caching";
import { HsdsParameterError } from "./hsds-params";

/** The newest of the records' `last_modified` stamps, for Last-Modified. */
export function newestModified(records: readonly { last_modified?: string }[]): Date | null {
  const stamps = records.flatMap((record) =>
    record.last_modified ? [Date.parse(record.last_modified)] : [],
  );
  return stamps.length ? new Date(Math.max(...stamps)) : null;
}

/**
 * JSON with a weak ETag of the body itself (so it changes with any nested record, which a count and a
 * newest stamp would miss) and the licence link; a client holding the current copy gets 304.
 */
export function sendHsdsJson(req: Request, res: Response, body: unknown, changed: Date | null = null) {
  const text = JSON.stringify(body);
  const etag = `W/"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  if (answeredFromClientCopy(req, res, etag, changed)) return;
  res.type("application/json; charset=utf-8").send(text);
}

export const sendNotFound = (res: Response, what: string) =>
  res.status(404).json({ error: "NOT_FOUND", message: `No published ${what} with this id` });

type Handler = (req: Request, res: Response) => Promise<void> | void;

/** Bad parameters become 400 naming the parameter; anything else goes to the common handler. */
export const handleHsds = (handler: Handler) => async (req: Request, res: Response, next: NextFunction) => {
  try {
    await handler(req, res);
  } catch (error) {
    if (error instanceof HsdsParameterError) {
      res.status(400).json({
        error: "BAD_REQUEST",
        parameter: error.parameter,
        message: `${error.parameter} ${error.message}`,
      });
    } else next(error);
  }
};

import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";

export interface FileStorageOptions {
  directory: string;
  /** Uploads larger than this are refused. */
  maxBytes: number;
}

export interface IncomingFile {
  path: string;
  byteSize: number;
  sha256: string;
  head: Uint8Array;
}

export class FileTooLargeError extends Error {}

/** The disk (or quota) under the storage directory is full: nothing of the upload is kept. */
export class StorageFullError extends Error {}

const isDiskFull = (error: unknown) =>
  ["ENOSPC", "EDQUOT"].includes((error as NodeJS.ErrnoException | null)?.code ?? "");

/** Runs a file-system step, reporting a full disk as StorageFullError. */
async function onDisk<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (isDiskFull(error)) throw new StorageFullError("no space left for uploaded files", { cause: error });
    throw error;
  }
}

/**
 * Writes the stream to `path`. When the file cannot be written (a full disk) the rest of the
 * stream is still read and dropped: the multipart parser then finishes and the client gets an
 * answer instead of a stalled request.
 */
function writeAll(stream: Readable, path: string): Promise<void> {
  return new Promise((resolveWrite, reject) => {
    const file = createWriteStream(path, { mode: 0o600 });
    file.on("error", (error) => {
      stream.unpipe(file);
      stream.resume();
      reject(error);
    });
    file.on("finish", resolveWrite);
    stream.on("error", (error) => {
      file.destroy();
      reject(error);
    });
    stream.pipe(file);
  });
}

/** Files on local disk under one directory, named by their SHA-256 (S3-compatible storage can follow). */
export class FileStorage {
  constructor(readonly options: FileStorageOptions) {}

  /** Streams an upload into a temporary file, hashing and counting as it goes; refuses oversize files. */
  async receive(stream: Readable, truncated: () => boolean): Promise<IncomingFile> {
    const path = join(this.options.directory, ".incoming", randomUUID());
    await onDisk(() => mkdir(dirname(path), { recursive: true }));
    const hash = createHash("sha256");
    let byteSize = 0;
    let head = Buffer.alloc(0);
    stream.on("data", (chunk: Buffer) => {
      hash.update(chunk);
      byteSize += chunk.length;
      if (head.length < 16) head = Buffer.concat([head, chunk]).subarray(0, 16);
    });
    try {
      await onDisk(() => writeAll(stream, path));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    if (truncated() || byteSize > this.options.maxBytes) {
      await rm(path, { force: true });
      throw new FileTooLargeError(`larger than ${this.options.maxBytes} bytes`);
    }
    return { path, byteSize, sha256: hash.digest("hex"), head };
  }

  /** Moves a received file to its place; returns the storage key. */
  async keep(file: IncomingFile): Promise<string> {
    const key = `${file.sha256.slice(0, 2)}/${file.sha256}`;
    const target = join(this.options.directory, key);
    await onDisk(() => mkdir(dirname(target), { recursive: true }));
    await rename(file.path, target);
    return key;
  }

  /** Removes a stored file (one whose row was never committed). */
  remove(key: string): Promise<void> {
    return rm(join(this.options.directory, key), { force: true });
  }

  discard(file: IncomingFile): Promise<void> {
    return rm(file.path, { force: true });
  }

  async write(key: string, bytes: Uint8Array): Promise<void> {
    const target = join(this.options.directory, key);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes, { mode: 0o600 });
  }

  read(pathOrKey: { path: string } | { key: string }): Promise<Buffer> {
    return readFile("path" in pathOrKey ? pathOrKey.path : join(this.options.directory, pathOrKey.key));
  }

  async open(key: string): Promise<{ stream: Readable; byteSize: number } | null> {
    const path = join(this.options.directory, key);
    try {
      const { size } = await stat(path);
      return { stream: createReadStream(path), byteSize: size };
    } catch {
      return null;
    }
  }
}

import http from "node:http";
import type { AddressInfo } from "node:net";
import { Meilisearch, MeilisearchRequestError } from "meilisearch";
import { afterEach, describe, expect, it } from "vitest";
import { engineError, keepAliveHttpClient } from "./keep-alive-http-client";

type Handler = (request: http.IncomingMessage, body: string, response: http.ServerResponse) => void;

let server: http.Server | undefined;

async function engine(handler: Handler): Promise<{ client: Meilisearch; connections: () => number }> {
  let connections = 0;
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => handler(request, body, response));
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const client = new Meilisearch({
    host: `http://127.0.0.1:${port}`,
    apiKey: "key",
    httpClient: keepAliveHttpClient(),
  });
  return { client, connections: () => connections };
}

const json = (response: http.ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
};

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe("keepAliveHttpClient", () => {
  it("sends the method, path, key and body, and reuses one connection", async () => {
    const seen: string[] = [];
    const { client, connections } = await engine((request, body, response) => {
      seen.push(`${request.method} ${request.url} ${request.headers.authorization} ${body}`);
      json(response, 200, { hits: [{ id: "1" }], query: "", processingTimeMs: 0, limit: 1, offset: 0 });
    });
    for (const q of ["a", "b", "c"]) await client.index("places").search(q, { limit: 1 });
    expect(seen).toEqual([
      'POST /indexes/places/search Bearer key {"q":"a","limit":1}',
      'POST /indexes/places/search Bearer key {"q":"b","limit":1}',
      'POST /indexes/places/search Bearer key {"q":"c","limit":1}',
    ]);
    expect(connections()).toBe(1);
  });

  it("keeps the engine's refusal, code and message, behind the client's error", async () => {
    const { client } = await engine((_request, _body, response) =>
      json(response, 404, {
        message: "Index `places` not found.",
        code: "index_not_found",
        type: "invalid_request",
      }),
    );
    const error = await client
      .index("places")
      .getStats()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MeilisearchRequestError);
    expect(engineError(error)?.cause).toMatchObject({ code: "index_not_found" });
    expect(engineError(error)?.message).toBe("Index `places` not found.");
    expect(engineError(new Error("no answer"))).toBeUndefined();
  });

  it("sends once more on a fresh connection when a kept-alive one was closed under it", async () => {
    let requests = 0;
    const { client, connections } = await engine((request, _body, response) => {
      requests++;
      // The second request arrives on the kept-alive connection; close it without answering.
      if (requests === 2) return request.socket.destroy();
      json(response, 200, { status: "available" });
    });
    await expect(client.health()).resolves.toEqual({ status: "available" });
    await expect(client.health()).resolves.toEqual({ status: "available" });
    expect(requests).toBe(3);
    expect(connections()).toBe(2);
  });

  it("does not retry a request that failed on a fresh connection", async () => {
    let requests = 0;
    const { client } = await engine((request) => {
      requests++;
      request.socket.destroy();
    });
    await expect(client.health()).rejects.toBeInstanceOf(MeilisearchRequestError);
    expect(requests).toBe(1);
  });
});

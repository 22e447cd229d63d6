import http from "node:http";
import https from "node:https";
import { MeilisearchApiError } from "meilisearch";

type HttpClient = (
  input: Parameters<typeof fetch>[0],
  init?: Parameters<typeof fetch>[1],
) => Promise<unknown>;

const KEEP_ALIVE = { keepAlive: true, maxSockets: 64, maxFreeSockets: 16 };

/**
 * The Meilisearch client's transport over node:http with kept-alive connections. Global fetch
 * costs 2–4 ms a request against a local engine; node:http costs about 1 ms, which is most of
 * what autocomplete may spend (measured: bench/RESULTS.md). The client wraps whatever this throws
 * in a MeilisearchRequestError, an engine's refusal included (see `engineError`).
 */
export function keepAliveHttpClient(): HttpClient {
  const agents = { "http:": new http.Agent(KEEP_ALIVE), "https:": new https.Agent(KEEP_ALIVE) };
  return (input, init = {}) => send(new URL(input instanceof Request ? input.url : input), init, agents);
}

/** The engine's own error behind one the client raised, if it answered at all. */
export function engineError(error: unknown): MeilisearchApiError | undefined {
  if (error instanceof MeilisearchApiError) return error;
  if (error instanceof Error && error.cause instanceof MeilisearchApiError) return error.cause;
  return undefined;
}

interface Answer {
  status: number;
  statusText: string;
  text: string;
}

async function send(url: URL, init: RequestInit, agents: Record<string, http.Agent>): Promise<unknown> {
  const body = bodyOf(init.body);
  let answer: Answer;
  try {
    answer = await exchange(url, init, body, agents);
  } catch (error) {
    // The engine may close an idle kept-alive connection just as it is reused; Node's documented
    // remedy is to send once more on a fresh one.
    if (!(error instanceof ReusedSocketReset)) throw error;
    answer = await exchange(url, init, body, agents);
  }
  const parsed: unknown = answer.text === "" ? undefined : JSON.parse(answer.text);
  if (answer.status >= 400) {
    const response = new Response(answer.text || null, {
      status: answer.status,
      statusText: answer.statusText,
    });
    throw new MeilisearchApiError(response, parsed as ConstructorParameters<typeof MeilisearchApiError>[1]);
  }
  return parsed;
}

class ReusedSocketReset extends Error {}

function bodyOf(body: RequestInit["body"]): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  throw new TypeError("The Meilisearch transport sends strings and bytes only");
}

function exchange(
  url: URL,
  init: RequestInit,
  body: string | Uint8Array | undefined,
  agents: Record<string, http.Agent>,
): Promise<Answer> {
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => (headers[name] = value));
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      {
        method: init.method ?? "GET",
        headers,
        agent: agents[url.protocol],
        signal: init.signal ?? undefined,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? "",
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        request.reusedSocket && error.code === "ECONNRESET" ? new ReusedSocketReset(error.message) : error,
      ),
    );
    request.end(body);
  });
}

import { headers } from "next/headers";
import { graphqlUrl } from "@/lib/config";
import { readPanelToken } from "@/lib/panel/session-cookie";

/** The API's route of an event's attendance list (its origin; the browser never talks to it). */
export const attendanceCsvUrl = (eventId: string, apiGraphqlUrl = graphqlUrl()) =>
  new URL(`/files/events/${encodeURIComponent(eventId)}/registrations.csv`, apiGraphqlUrl);

const REFUSALS: Record<number, string> = {
  401: "Zaloguj się do panelu, aby pobrać listę uczestników.",
  403: "Listę uczestników mogą pobrać tylko redaktorzy i administratorzy.",
  404: "Nie ma takiego wydarzenia.",
};

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, {
    status,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });

/**
 * Passes the API's CSV through to the signed-in editor. The session token stays on the server: it
 * goes to the API as a bearer token (like every panel call), never into the page or this answer.
 */
export async function attendanceCsvResponse(eventId: string, signal?: AbortSignal): Promise<Response> {
  const token = await readPanelToken();
  if (!token) return plain(401, REFUSALS[401]!);
  const forwardedFor = (await headers()).get("x-forwarded-for");
  let response: Response;
  try {
    response = await fetch(attendanceCsvUrl(eventId), {
      cache: "no-store",
      signal,
      headers: {
        authorization: `Bearer ${token}`,
        ...(forwardedFor && { "x-forwarded-for": forwardedFor }),
      },
    });
  } catch (error) {
    console.error(`Fetching the attendance list of ${eventId} failed`, error);
    return plain(502, "Nie udało się pobrać listy — spróbuj ponownie za chwilę.");
  }
  if (!response.ok) {
    return plain(
      REFUSALS[response.status] ? response.status : 502,
      REFUSALS[response.status] ?? "Nie udało się pobrać listy — spróbuj ponownie za chwilę.",
    );
  }
  return new Response(response.body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition":
        response.headers.get("content-disposition") ?? 'attachment; filename="uczestnicy.csv"',
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

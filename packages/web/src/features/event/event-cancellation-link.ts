export const CANCELLATION_PATH = "/wydarzenia/rezygnacja";

/**
 * The private cancellation link. The token is the credential; the event's slug beside it lets the
 * page say which event will be cancelled (the API tells nothing about a registration by its token).
 */
export function cancellationHref(token: string, slug: string): string {
  const params = new URLSearchParams({ token });
  if (slug) params.set("wydarzenie", slug);
  return `${CANCELLATION_PATH}?${params}`;
}

/** The dashboard's queues in the order they are shown, with their headings and URL names. */
export const QUEUES = [
  { key: "pendingProposals", slug: "propozycje", title: "Propozycje zmian od przedstawicieli podmiotów" },
  { key: "outdatedReports", slug: "zgloszenia", title: "Zgłoszenia nieaktualnych informacji" },
  { key: "unverifiedServices", slug: "nieweryfikowane", title: "Usługi niezweryfikowane od 12 miesięcy" },
  { key: "expiringCertificates", slug: "certyfikaty", title: "Certyfikaty wygasające w ciągu 30 dni" },
  { key: "documentsWithoutText", slug: "dokumenty", title: "Dokumenty bez warstwy tekstowej" },
] as const;

export type QueueKey = (typeof QUEUES)[number]["key"];

/** Items per queue on the dashboard, and on a queue's own page (the API's maximum). */
export const DASHBOARD_ITEMS = 5;
export const FULL_QUEUE_ITEMS = 50;

/** The queue the dashboard shows alone (`?kolejka=zgloszenia`), or null for all of them. */
export function queueParam(value: string): QueueKey | null {
  return QUEUES.find((queue) => queue.slug === value)?.key ?? null;
}

/** Where "show all" leads: the proposals list for proposals, the queue on its own otherwise. */
export function fullQueueHref(key: QueueKey): string {
  if (key === "pendingProposals") return "/panel/propozycje?status=PENDING";
  return `/panel?kolejka=${QUEUES.find((queue) => queue.key === key)!.slug}`;
}

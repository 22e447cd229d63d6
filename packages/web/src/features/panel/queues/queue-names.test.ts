import { describe, expect, it } from "vitest";
import { fullQueueHref, queueParam, QUEUES } from "./queue-names";

describe("queue names", () => {
  it("reads a queue from its URL name and nothing else", () => {
    expect(queueParam("certyfikaty")).toBe("expiringCertificates");
    expect(queueParam("zgloszenia")).toBe("outdatedReports");
    expect(queueParam("expiringCertificates")).toBeNull();
    expect(queueParam("")).toBeNull();
  });

  it("sends 'show all' of proposals to the proposals list and the rest to their own queue", () => {
    expect(fullQueueHref("pendingProposals")).toBe("/panel/propozycje?status=PENDING");
    expect(fullQueueHref("documentsWithoutText")).toBe("/panel?kolejka=dokumenty");
    for (const queue of QUEUES) expect(queueParam(queue.slug)).toBe(queue.key);
  });
});

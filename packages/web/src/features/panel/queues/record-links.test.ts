import { describe, expect, it } from "vitest";
import { globalIdOf, panelRecordHref } from "./record-links";

describe("record links", () => {
  it("encodes global IDs as the API does", () => {
    const uuid = "0b7c6f5e-1d2a-4c3b-9e8f-7a6b5c4d3e2f";
    expect(globalIdOf("Organization", uuid)).toBe(
      Buffer.from(`Organization:${uuid}`, "utf8").toString("base64url"),
    );
  });

  it("links a record to its section of the panel, and nothing without one", () => {
    expect(panelRecordHref("Service", "U2VydmljZTox")).toBe("/panel/uslugi/U2VydmljZTox");
    expect(panelRecordHref("ChangeProposal", "Q2g6MQ")).toBe("/panel/propozycje/Q2g6MQ");
    expect(panelRecordHref("Event", "RXZlbnQ6MQ")).toBe("/panel/wydarzenia/RXZlbnQ6MQ");
    expect(panelRecordHref("User", "VXNlcjox")).toBeNull();
  });
});

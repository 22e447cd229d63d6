import { describe, expect, it } from "vitest";
import { hsdsId, UUID_PATTERN, uuidV5 } from "./hsds-ids";

describe("HSDS ids", () => {
  it("computes RFC 9562 UUID v5 (the DNS-namespace example of the RFC)", () => {
    const dns = Buffer.from("6ba7b8109dad11d180b400c04fd430c8", "hex");
    expect(uuidV5("www.example.com", dns)).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("derives the same id from the same record and different ids from different ones", () => {
    const serviceId = "0f8fad5b-d9cb-469f-a165-70867728950e";
    expect(hsdsId("cost_option", serviceId)).toBe(hsdsId("cost_option", serviceId));
    expect(hsdsId("cost_option", serviceId)).not.toBe(hsdsId("language", serviceId, "pl"));
    expect(hsdsId("language", serviceId, "pl")).toMatch(UUID_PATTERN);
  });
});

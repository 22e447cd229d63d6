import { describe, expect, it } from "vitest";
import { auditSnapshot } from "./audit.service";

describe("auditSnapshot", () => {
  it("copies into JSON-safe values: Dates as ISO strings, bigints as strings", () => {
    const snapshot = auditSnapshot({
      id: "3f0c8a9e-2f6b-4c1e-9a57-0d5f3b8e6c21",
      name: "Spółdzielnia Socjalna „Razem”",
      employees: 12,
      isActive: true,
      validFrom: new Date("2026-03-15T00:00:00Z"),
      revenue: 12_345_678_901_234_567_890n,
      removedAt: null,
      notSet: undefined,
      tags: ["CIS", new Date("2026-01-01T12:00:00Z")],
      address: { city: "Białystok", updatedAt: new Date("2026-11-22T10:00:00Z") },
    });
    expect(snapshot).toEqual({
      id: "3f0c8a9e-2f6b-4c1e-9a57-0d5f3b8e6c21",
      name: "Spółdzielnia Socjalna „Razem”",
      employees: 12,
      isActive: true,
      validFrom: "2026-03-15T00:00:00.000Z",
      revenue: "12345678901234567890",
      removedAt: null,
      notSet: null,
      tags: ["CIS", "2026-01-01T12:00:00.000Z"],
      address: { city: "Białystok", updatedAt: "2026-11-22T10:00:00.000Z" },
    });
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it("leaves out the omitted properties and never records passwords", () => {
    const user = { id: "1", email: "a@b.pl", passwordHash: "scrypt$…", password: "secret", role: "ADMIN" };
    expect(auditSnapshot(user, ["role"])).toEqual({ id: "1", email: "a@b.pl" });
  });

  it("is a copy: later changes to the entity do not change it", () => {
    const entity = { name: "before", nested: { value: 1 } };
    const snapshot = auditSnapshot(entity);
    entity.name = "after";
    entity.nested.value = 2;
    expect(snapshot).toEqual({ name: "before", nested: { value: 1 } });
  });

  it("survives cycles and drops functions", () => {
    const entity: Record<string, unknown> = { name: "x", compute: () => 1 };
    entity.self = entity;
    expect(auditSnapshot(entity)).toEqual({ name: "x", self: "[circular]" });
  });
});

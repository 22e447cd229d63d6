import { describe, expect, it } from "vitest";
import { blockSeconds, throttleKeys } from "./login-throttle";

describe("blockSeconds", () => {
  it("lets four failures pass, then doubles from 1 s up to 15 minutes", () => {
    expect([1, 2, 3, 4].map(blockSeconds)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 14].map(blockSeconds)).toEqual([1, 2, 4, 8, 512]);
    expect([15, 16, 100, 5000].map(blockSeconds)).toEqual([900, 900, 900, 900]);
  });
});

describe("throttleKeys", () => {
  it("throttles the lower-cased e-mail and the client address", () => {
    expect(throttleKeys("  Anna.Nowak@Example.PL ", "203.0.113.7")).toEqual([
      "email:anna.nowak@example.pl",
      "ip:203.0.113.7",
    ]);
    expect(throttleKeys("a@b.pl", "2001:db8::1")).toEqual(["email:a@b.pl", "ip:2001:db8::1"]);
  });

  it("does not throttle loopback addresses: they stand for every visitor of the site", () => {
    for (const ip of ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1", ""]) {
      expect(throttleKeys("a@b.pl", ip), ip).toEqual(["email:a@b.pl"]);
    }
  });
});

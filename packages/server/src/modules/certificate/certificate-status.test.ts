import { describe, expect, it } from "vitest";
import { certificateStatusOn } from "./certificate-status";

const certificate = { revoked: false, validFrom: "2026-03-01", validTo: "2027-02-28" };

describe("certificateStatusOn", () => {
  it("is active on both ends of its validity and not a day after", () => {
    expect(certificateStatusOn(certificate, "2026-02-28")).toBe("NOT_YET_VALID");
    expect(certificateStatusOn(certificate, "2026-03-01")).toBe("ACTIVE");
    expect(certificateStatusOn(certificate, "2027-02-28")).toBe("ACTIVE");
    expect(certificateStatusOn(certificate, "2027-03-01")).toBe("EXPIRED");
  });

  it("is revoked whatever the dates", () => {
    expect(certificateStatusOn({ ...certificate, revoked: true }, "2026-06-01")).toBe("REVOKED");
  });
});

import { describe, expect, it } from "vitest";
import { publicServiceMissionCpvRoots, reservedContractKindsOf } from "./reserved-contracts";

describe("reservedContractKindsOf", () => {
  it("reads the art. 361 list once, as eight-digit roots", () => {
    expect(publicServiceMissionCpvRoots()).toBe(publicServiceMissionCpvRoots());
    expect(publicServiceMissionCpvRoots().size).toBe(115);
    expect(publicServiceMissionCpvRoots().has("85312000")).toBe(true);
  });

  it("gives art. 94 by kind and art. 361 by an offering's CPV code, check digit aside", () => {
    expect(reservedContractKindsOf({ legalForm: "SOCIAL_COOPERATIVE", pesType: "PES" }, [])).toEqual([
      "SOCIAL_INTEGRATION",
    ]);
    expect(
      reservedContractKindsOf({ legalForm: "FOUNDATION", pesType: "PES" }, [
        { cpvCodes: ["55520000-1"] },
        { cpvCodes: ["85312000-0"] },
      ]),
    ).toEqual(["PUBLIC_SERVICE_MISSION"]);
    expect(
      reservedContractKindsOf({ legalForm: "FOUNDATION", pesType: "PES" }, [{ cpvCodes: ["55520000-1"] }]),
    ).toEqual([]);
  });
});

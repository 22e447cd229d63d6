import { describe, expect, it } from "vitest";
import { parseProcurementSearch, procurementHref, toProcurementFilter } from "./procurement-search";

describe("procurement search URL", () => {
  it("reads a search and writes it back in the same form", () => {
    const search = parseProcurementSearch({
      q: " catering ",
      gdzie: "Łapy",
      obszar: "2002043",
      cpv: "5552",
      zastrzezone: "art94",
      certyfikat: "tak",
      strona: "2",
    });
    expect(search).toMatchObject({ text: "catering", areaCode: "2002043", reserved: "art94", page: 2 });
    expect(procurementHref(search, 2)).toBe(
      "/zakupy-prospoleczne?q=catering&gdzie=%C5%81apy&obszar=2002043&cpv=5552&zastrzezone=art94&certyfikat=tak&strona=2",
    );
    expect(procurementHref(search, 1, "/zakupy-prospoleczne/eksport.csv")).toMatch(
      /^\/zakupy-prospoleczne\/eksport\.csv\?q=catering&.*certyfikat=tak$/,
    );
    expect(toProcurementFilter(search)).toEqual({
      text: "catering",
      areaCode: "2002043",
      cpvPrefix: "5552",
      canBidForReservedContract: "SOCIAL_INTEGRATION",
      activeCertificateType: "ZAKUP_PROSPOLECZNY",
    });
  });

  it("drops unknown values instead of failing", () => {
    const search = parseProcurementSearch({ zastrzezone: "art999", obszar: "1465011", strona: "x" });
    expect(search).toMatchObject({ reserved: "", areaCode: "", page: 1, certifiedOnly: false });
    expect(procurementHref(search)).toBe("/zakupy-prospoleczne");
    expect(toProcurementFilter(parseProcurementSearch({ zastrzezone: "art361" }))).toMatchObject({
      canBidForReservedContract: "PUBLIC_SERVICE_MISSION",
    });
  });
});

import { describe, expect, it } from "vitest";
import { certificateListHref, certificateListParams } from "./certificate-list-params";

describe("certificate list parameters", () => {
  it("reads a known type, the valid-today switch, the holder and the page, and links other pages with them", () => {
    const params = certificateListParams({
      rodzaj: "ZAKUP_PROSPOLECZNY",
      wazne: "1",
      podmiot: "T3Jn",
      strona: "2",
    });
    expect(params).toEqual({ type: "ZAKUP_PROSPOLECZNY", activeOnly: true, organizationId: "T3Jn", page: 2 });
    expect(certificateListHref(params, 3)).toBe(
      "/panel/certyfikaty?rodzaj=ZAKUP_PROSPOLECZNY&wazne=1&podmiot=T3Jn&strona=3",
    );
  });

  it("ignores unknown values", () => {
    const params = certificateListParams({ rodzaj: "GOLD", wazne: "tak", podmiot: "<script>" });
    expect(params).toEqual({ type: null, activeOnly: false, organizationId: null, page: 1 });
    expect(certificateListHref(params, 1)).toBe("/panel/certyfikaty");
  });
});

import { describe, expect, it } from "vitest";
import { IMPORT_KIND_INFO } from "./import-kinds";
import { apiTemplateUrl, fallbackTemplate } from "./import-template";

describe("import templates", () => {
  it("finds the API's template beside its GraphQL endpoint", () => {
    expect(apiTemplateUrl("services-import.csv", "http://127.0.0.1:4000/graphql")).toBe(
      "http://127.0.0.1:4000/files/templates/services-import.csv",
    );
    expect(apiTemplateUrl("organizations-import.csv", "https://api.example.pl/hub/graphql?x=1")).toBe(
      "https://api.example.pl/hub/files/templates/organizations-import.csv",
    );
  });

  it("makes a template from the documented columns: a BOM, the header and an example line", () => {
    const text = fallbackTemplate(IMPORT_KIND_INFO.uslugi);
    const [header, example] = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(header).toBe(
      "title;slug;description;serviceType;providerNip;providerRegon;providerKrs;providerId;targetGroups;" +
        "costKind;costAmount;costUnit;costExplanation;howToApply;deliveryModes;languages;areaCodes;" +
        "locationName;locationStreetAddress;locationPostalCode;locationCity;locationGminaCode;" +
        "lastVerifiedAt;lastVerifiedSource",
    );
    expect(example).toContain(";MEALS;");
    expect(example).toContain('"12,50"');
  });
});

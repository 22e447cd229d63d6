import { describe, expect, it } from "vitest";
import { serviceJsonLd, type ServiceJsonLdInput } from "./service-json-ld";

const PAGE = "https://obserwatorium.pl/uslugi/opieka-wytchnieniowa-lapy";

function service(overrides: Partial<ServiceJsonLdInput> = {}): ServiceJsonLdInput {
  return {
    title: "Opieka wytchnieniowa w Łapach",
    description: "Kilka godzin opieki, gdy opiekun potrzebuje odpoczynku.",
    serviceTypeLabel: "usługi wytchnieniowe",
    provider: {
      name: "Ośrodek Pomocy Społecznej w Łapach",
      isPublicBody: true,
      pageUrl: "https://obserwatorium.pl/podmioty/ops-lapy",
    },
    areasServed: ["Łapy"],
    audiences: ["opiekunowie faktyczni"],
    ...overrides,
  };
}

describe("serviceJsonLd", () => {
  it("is a GovernmentService when a public body provides it", () => {
    expect(serviceJsonLd(service(), PAGE)).toEqual({
      "@context": "https://schema.org",
      "@type": "GovernmentService",
      "@id": `${PAGE}#usluga`,
      name: "Opieka wytchnieniowa w Łapach",
      description: "Kilka godzin opieki, gdy opiekun potrzebuje odpoczynku.",
      serviceType: "usługi wytchnieniowe",
      url: PAGE,
      provider: {
        "@type": "GovernmentOrganization",
        name: "Ośrodek Pomocy Społecznej w Łapach",
        url: "https://obserwatorium.pl/podmioty/ops-lapy",
      },
      areaServed: [{ "@type": "AdministrativeArea", name: "Łapy" }],
      audience: [{ "@type": "Audience", audienceType: "opiekunowie faktyczni" }],
    });
  });

  it("is a plain Service from a non-public provider or without a provider", () => {
    const ngo = serviceJsonLd(
      service({ provider: { name: "Fundacja Razem", isPublicBody: false, pageUrl: "https://x.pl/p" } }),
      PAGE,
    );
    expect(ngo["@type"]).toBe("Service");
    expect(ngo.provider).toEqual({ "@type": "Organization", name: "Fundacja Razem", url: "https://x.pl/p" });

    const orphan = serviceJsonLd(service({ provider: null, areasServed: [], audiences: [] }), PAGE);
    expect(orphan["@type"]).toBe("Service");
    expect(orphan.provider).toBeUndefined();
    expect(orphan.areaServed).toBeUndefined();
    expect(orphan.audience).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { toServiceDocument } from "./to-service-document";

const row = {
  id: "0b8d3c1e-6f2a-4c7e-9a53-0a8a1f6b9c22",
  slug: "uslugi-wytchnieniowe-dla-opiekunow-w-gminie-lapy",
  title: "Usługi wytchnieniowe dla opiekunów w gminie Łapy",
  description: "[DEMO] Opieka wytchnieniowa",
  service_type: "RESPITE_CARE" as const,
  publication_state: "PUBLISHED" as const,
  target_groups: ["CARERS" as const],
  cost_kind: "FREE" as const,
  delivery_modes: ["AT_HOME" as const],
  languages: ["pl"],
  accessibility_features: [],
  is_demo: true,
  provider_name: "Gminny Ośrodek Pomocy Społecznej w Łapach",
  location_gmina_codes: ["2002063"],
  verified_day: 20_000,
  location_cities: ["Łapy"],
  latitude: 52.99,
  longitude: 22.88,
  area_codes: ["2007"],
  unit_names: ["Łapy", "białostocki"],
};

describe("toServiceDocument", () => {
  it("folds Polish letters, adds the type label and every containing area", () => {
    const document = toServiceDocument(row);
    expect(document.titleFolded).toBe(
      "Uslugi wytchnieniowe dla opiekunow w gminie Lapy usługi wytchnieniowe Lapy bialostocki".replace(
        "usługi",
        "uslugi",
      ),
    );
    expect(document.serviceTypeLabel).toBe("usługi wytchnieniowe");
    expect(document.serviceArea).toBe("DISABILITY_SUPPORT");
    expect(document.placeNames).toEqual(["Łapy", "białostocki"]);
    expect(document.areaCodes).toEqual(["20", "2002", "2002063", "2007"]);
    expect(document.locationAreaCodes).toEqual(["20", "2002", "2002063"]);
    expect(document.verifiedDay).toBe(20_000);
    expect(document._geo).toEqual({ lat: 52.99, lng: 22.88 });
  });

  it("leaves _geo out without coordinates", () => {
    expect(toServiceDocument({ ...row, latitude: null, longitude: null })).not.toHaveProperty("_geo");
  });
});

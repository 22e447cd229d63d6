import { describe, expect, it } from "vitest";
import { periodText, placeName, resultValueText } from "./good-practice-format";

describe("periodText", () => {
  it("writes years when only years are known", () => {
    expect(periodText({ fromYear: 2021, toYear: 2023 })).toBe("2021–2023");
    expect(periodText({ fromYear: 2022, toYear: 2022 })).toBe("2022 r.");
  });

  it("writes exact dates when the editors give them", () => {
    expect(periodText({ fromYear: 2021, fromDate: "2021-03-01", toYear: 2022, toDate: "2022-12-31" })).toBe(
      "od 1 marca 2021 r. do 31 grudnia 2022 r.",
    );
    expect(periodText({ fromYear: 2021, fromDate: "2021-03-01", toYear: 2022 })).toBe(
      "od 1 marca 2021 r. do 2022 r.",
    );
  });

  it("says when it is still going on", () => {
    expect(periodText({ fromYear: 2024, toYear: null })).toBe("od 2024 r., trwa nadal");
    expect(periodText({ fromYear: 2024, fromDate: "2024-09-01" })).toBe("od 1 września 2024 r., trwa nadal");
  });
});

describe("resultValueText", () => {
  it("writes Polish numbers with their unit", () => {
    expect(resultValueText(120, "osób")).toBe("120 osób");
    expect(resultValueText(1234.5, "zł")).toBe("1234,5 zł");
    expect(resultValueText(45, "%")).toBe("45%");
    expect(resultValueText(3, "")).toBe("3");
  });
});

describe("placeName", () => {
  it("names the kind of unit, a city with powiat rights by its name alone", () => {
    expect(placeName({ code: "2009", name: "sejneński", kind: "COUNTY" })).toBe("powiat sejneński");
    expect(placeName({ code: "2002063", name: "Łapy", kind: "URBAN_RURAL_MUNICIPALITY" })).toBe(
      "gmina miejsko-wiejska Łapy",
    );
    expect(placeName({ code: "2014011", name: "Zambrów", kind: "URBAN_MUNICIPALITY" })).toBe(
      "gmina miejska Zambrów",
    );
    expect(placeName({ code: "2063011", name: "Suwałki", kind: "URBAN_MUNICIPALITY" })).toBe("Suwałki");
    expect(placeName({ code: "2061", name: "Białystok", kind: "CITY_WITH_COUNTY_RIGHTS" })).toBe("Białystok");
    expect(placeName({ code: "20", name: "podlaskie", kind: "VOIVODESHIP" })).toBe("województwo podlaskie");
  });
});

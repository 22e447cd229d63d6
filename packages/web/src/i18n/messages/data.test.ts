import { describe, expect, it } from "vitest";
import { getMessages } from "./index";

const data = (locale: "pl" | "en" | "uk") => getMessages(locale).data;

describe("data dictionaries", () => {
  it("count powiaty, gminy and services in each language's plural forms", () => {
    expect(data("pl").units.counties(17)).toBe("17 powiatów");
    expect(data("pl").units.municipalities(118)).toBe("118 gmin");
    expect(data("en").units.municipalities(1)).toBe("1 municipality");
    expect(data("uk").units.counties(2)).toBe("2 повіти");
    expect(data("uk").units.municipalities(118)).toBe("118 громад");
    expect(data("pl").coverage.available(3)).toBe("3 usługi dostępne");
    expect(data("en").coverage.available(1)).toBe("1 service available");
    expect(data("uk").coverage.available(21)).toBe("21 доступна послуга");
  });

  it("word a period of years and the chart's dropped powiaty", () => {
    expect(data("pl").chart.period(2019, 2025)).toBe("lata 2019–2025");
    expect(data("pl").chart.period(2024, 2024)).toBe("rok 2024");
    expect(data("en").chart.period(2019, 2025)).toBe("2019–2025");
    expect(data("uk").chart.period(2024, 2024)).toBe("2024 рік");
    expect(data("pl").indicators.droppedCounties(4, 1)).toBe(
      "Na wykresie mieszczą się najwyżej 4 powiaty — pominęliśmy 1 ostatni zaznaczony.",
    );
    expect(data("en").indicators.droppedCounties(4, 2)).toBe(
      "The chart fits at most 4 counties — we left out the last 2 you ticked.",
    );
    expect(data("uk").indicators.droppedCounties(4, 5)).toBe(
      "На графіку вміщується щонайбільше 4 повіти — ми не показали 5 останніх позначених.",
    );
  });
});

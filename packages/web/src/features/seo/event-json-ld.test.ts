import { describe, expect, it } from "vitest";
import { eventJsonLd } from "./event-json-ld";

const base = {
  title: "Szkolenie LPDI",
  summary: "Jak napisać plan.",
  startsAt: "2026-12-03T10:00:00+01:00",
  endsAt: "2026-12-03T14:00:00+01:00",
  venue: { name: "Sala", streetAddress: "ul. Główna 1", postalCode: "18-100", city: "Łapy" },
  onlineUrl: "https://spotkanie.example.pl/lpdi",
  organizer: { name: "ROPS w Białymstoku" },
  audiences: ["pracownicy socjalni"],
  isFull: false,
};

describe("eventJsonLd", () => {
  it("describes an event on site with its address, dates in Warsaw time and a free offer", () => {
    const data = eventJsonLd({ ...base, attendanceMode: "ON_SITE" }, "https://example.pl/wydarzenia/lpdi");
    expect(data).toMatchObject({
      "@type": "Event",
      startDate: "2026-12-03T10:00:00+01:00",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { "@type": "Place", address: { addressLocality: "Łapy", postalCode: "18-100" } },
      offers: { availability: "https://schema.org/InStock", price: 0 },
    });
  });

  it("lists both places of a hybrid event and says when it is full", () => {
    const data = eventJsonLd({ ...base, attendanceMode: "HYBRID", isFull: true }, "https://example.pl/w");
    expect(data.location).toEqual([
      expect.objectContaining({ "@type": "Place" }),
      { "@type": "VirtualLocation", url: "https://spotkanie.example.pl/lpdi" },
    ]);
    expect(data.offers).toMatchObject({ availability: "https://schema.org/SoldOut" });
  });
});

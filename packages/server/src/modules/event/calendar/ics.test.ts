import { describe, expect, it } from "vitest";
import { escapeText, foldLine, formatUtc, serializeCalendar, type IcsEvent } from "./ics";

const octets = (line: string) => Buffer.byteLength(line, "utf8");

describe("escapeText", () => {
  it("escapes backslash, semicolon and comma and turns every line break into \\n", () => {
    expect(escapeText("a\\b;c,d")).toBe("a\\\\b\\;c\\,d");
    expect(escapeText("jeden\r\ndwa\nthree\rfour")).toBe("jeden\\ndwa\\nthree\\nfour");
    expect(escapeText("C:\\temp; x, y")).toBe("C:\\\\temp\\; x\\, y");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone and folds a longer one with a leading space", () => {
    const exact = `SUMMARY:${"x".repeat(67)}`;
    expect(octets(exact)).toBe(75);
    expect(foldLine(exact)).toBe(exact);
    const folded = foldLine(`SUMMARY:${"x".repeat(200)}`).split("\r\n");
    expect(folded.length).toBe(3);
    expect(folded.slice(1).every((line) => line.startsWith(" "))).toBe(true);
    expect(folded.every((line) => octets(line) <= 75)).toBe(true);
    expect(folded.map((line, index) => (index ? line.slice(1) : line)).join("")).toBe(
      `SUMMARY:${"x".repeat(200)}`,
    );
  });

  it("counts octets, not characters, and never splits a Polish letter or an emoji", () => {
    const line = `DESCRIPTION:${"Zażółć gęślą jaźń 🙂 ".repeat(12)}`;
    const folded = foldLine(line).split("\r\n");
    expect(folded.length).toBeGreaterThan(4);
    for (const part of folded) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain("\uFFFD");
      expect(Buffer.from(part, "utf8").toString("utf8")).toBe(part);
    }
    expect(folded.map((part, index) => (index ? part.slice(1) : part)).join("")).toBe(line);
  });
});

describe("serializeCalendar", () => {
  const event: IcsEvent = {
    uid: "5b0c6a43-5d0e-4c7b-9a55-3f1d2e6b7a10@obserwatorium",
    start: new Date("2026-12-03T09:00:00Z"),
    end: new Date("2026-12-04T15:30:00Z"),
    lastModified: new Date("2026-11-20T08:00:00Z"),
    summary: "Szkolenie: LPDI, krok po kroku; część 1",
    description: "Pierwsza linia\nDruga linia",
    location: "Sala 2, ul. Wyszyńskiego 1, 15-888 Białystok",
    geo: { latitude: 53.1325, longitude: 23.1688 },
    url: "https://obserwatorium.example.pl/wydarzenia/lpdi",
    status: "CONFIRMED",
    categories: ["szkolenie", "LPDI, plany"],
  };

  it("writes CRLF lines, UTC times with Z, escaped text and a final CRLF", () => {
    const text = serializeCalendar({
      productId: "-//Obserwatorium//Wydarzenia//PL",
      name: "Wydarzenia",
      createdAt: new Date("2026-11-24T10:00:00Z"),
      events: [event],
    });
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n");
    expect(lines).toContain("DTSTART:20261203T090000Z");
    expect(lines).toContain("DTEND:20261204T153000Z");
    expect(lines).toContain("DTSTAMP:20261124T100000Z");
    expect(lines).toContain("SUMMARY:Szkolenie: LPDI\\, krok po kroku\\; część 1");
    expect(lines).toContain("DESCRIPTION:Pierwsza linia\\nDruga linia");
    expect(lines).toContain("GEO:53.1325;23.1688");
    expect(lines).toContain("CATEGORIES:szkolenie,LPDI\\, plany");
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines.every((line) => octets(line) <= 75)).toBe(true);
  });

  it("refuses a URL with a line break rather than let it add properties", () => {
    expect(() =>
      serializeCalendar({
        productId: "x",
        name: "x",
        createdAt: new Date(),
        events: [{ ...event, url: "https://a.pl/\r\nATTENDEE:x" }],
      }),
    ).toThrow(/line breaks/);
  });

  it("formats instants in UTC whatever their milliseconds", () => {
    expect(formatUtc(new Date("2026-03-29T01:00:00.999Z"))).toBe("20260329T010000Z");
  });
});

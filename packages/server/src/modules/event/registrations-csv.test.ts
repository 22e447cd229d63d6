import { describe, expect, it } from "vitest";
import type { EventRegistration } from "./event-registration.entity";
import { ATTENDANCE_HEADER, attendanceCsv, csvCell } from "./registrations-csv";

describe("csvCell", () => {
  it("disarms cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://zlo")')).toBe('"\'=HYPERLINK(""http://zlo"")"');
    expect(csvCell("+48 600")).toBe("'+48 600");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("Anna Nowak")).toBe("Anna Nowak");
  });

  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell("MOPS; Łapy")).toBe('"MOPS; Łapy"');
    expect(csvCell('Fundacja "Razem"')).toBe('"Fundacja ""Razem"""');
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvCell(null)).toBe("");
  });
});

describe("attendanceCsv", () => {
  it("starts with a BOM and the header, one CRLF line per registration", () => {
    const registration = {
      name: "=Anna",
      email: "anna@example.pl",
      institution: "MOPS w Łapach",
      role: "SOCIAL_WORKERS",
      gminaCode: "2002063",
      accessibilityNeeds: ["DIETARY_NEEDS"],
      accessibilityNote: "",
      status: "WAITING_LIST",
      registeredAt: new Date("2026-11-20T09:00:00Z"),
    } as unknown as EventRegistration;
    const csv = attendanceCsv([{ registration, gminaName: "Łapy", waitingListPosition: 2 }]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(ATTENDANCE_HEADER.join(";"));
    expect(lines[1]).toBe(
      "1;'=Anna;anna@example.pl;MOPS w Łapach;pracownicy socjalni;2002063;Łapy;specjalna dieta;;lista rezerwowa;2;2026-11-20T10:00:00+01:00",
    );
    expect(lines[2]).toBe("");
  });
});

import {
  ACCESSIBILITY_NEED_LABELS_PL,
  EVENT_AUDIENCE_LABELS_PL,
  REGISTRATION_STATUS_LABELS_PL,
} from "@obserwatorium/schema";
import type { EventRegistration } from "./event-registration.entity";
import { quoteCsvField } from "../common/csv-field";
import { formatWarsawIso } from "../common/warsaw-time";

const SEPARATOR = ";" as const;
const CRLF = "\r\n";

/**
 * One CSV cell. A cell a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage
 * return before one) gets a leading apostrophe; cells with the separator, quotes or line breaks
 * are quoted.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return quoteCsvField(text, SEPARATOR);
}

export const csvLine = (cells: (string | number | null | undefined)[]) => cells.map(csvCell).join(SEPARATOR);

export const ATTENDANCE_HEADER = [
  "Lp.",
  "Imię i nazwisko",
  "E-mail",
  "Instytucja",
  "Rola",
  "Gmina (TERYT)",
  "Gmina",
  "Potrzeby dostępności",
  "Uwagi",
  "Status",
  "Pozycja na liście rezerwowej",
  "Data zgłoszenia",
];

export interface AttendanceRow {
  registration: EventRegistration;
  gminaName: string | null;
  waitingListPosition: number | null;
}

/** The attendance list for Excel: UTF-8 with a byte-order mark, `;` between cells, CRLF lines. */
export function attendanceCsv(rows: readonly AttendanceRow[]): string {
  const lines = [
    csvLine(ATTENDANCE_HEADER),
    ...rows.map(({ registration: r, gminaName, waitingListPosition }, index) =>
      csvLine([
        index + 1,
        r.name,
        r.email,
        r.institution,
        EVENT_AUDIENCE_LABELS_PL[r.role],
        r.gminaCode,
        gminaName,
        (r.accessibilityNeeds as (keyof typeof ACCESSIBILITY_NEED_LABELS_PL)[])
          .map((need) => ACCESSIBILITY_NEED_LABELS_PL[need])
          .join(", "),
        r.accessibilityNote,
        REGISTRATION_STATUS_LABELS_PL[r.status],
        waitingListPosition,
        formatWarsawIso(r.registeredAt),
      ]),
    ),
  ];
  return `\uFEFF${lines.join(CRLF)}${CRLF}`;
}

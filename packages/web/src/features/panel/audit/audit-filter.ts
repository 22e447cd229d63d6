import type { AuditLogFilter } from "@/__generated__/graphql";
import { nextDay, warsawDayStart } from "@/lib/warsaw-dates";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import { globalIdOf } from "../queues/record-links";

/** The kinds of record the audit log names, with their Polish names. */
export const AUDIT_RECORD_TYPES: readonly { value: string; label: string }[] = [
  { value: "Organization", label: "Podmiot" },
  { value: "Service", label: "Usługa" },
  { value: "Certificate", label: "Certyfikat" },
  { value: "Document", label: "Dokument" },
  { value: "GoodPractice", label: "Dobra praktyka" },
  { value: "Indicator", label: "Wskaźnik" },
  { value: "IndicatorValue", label: "Wartości wskaźników" },
  { value: "Event", label: "Wydarzenie" },
  { value: "ChangeProposal", label: "Propozycja zmiany" },
  { value: "User", label: "Użytkownik" },
  { value: "UserInvitation", label: "Zaproszenie" },
];

export const recordTypeLabel = (type: string) =>
  AUDIT_RECORD_TYPES.find((known) => known.value === type)?.label ?? type;

/** The filter form's fields as the URL has them (`?typ=Service&od=2027-01-01`), typed or not. */
export interface AuditFilterValues {
  typ: string;
  rekord: string;
  uzytkownik: string;
  od: string;
  do: string;
}

export interface AuditFilterParams {
  values: AuditFilterValues;
  /** What the API is asked; null when a field is wrong (nothing is asked then). */
  filter: AuditLogFilter | null;
  errors: Partial<Record<keyof AuditFilterValues, string>>;
  /** The cursor of the page (`po`), if any. */
  after: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * The audit log's filter from the page's query. Dates are whole days by the Polish clock, both
 * ends included; a user may be given by the ID the log links to or by the stored UUID.
 */
export function auditFilterParams(raw: RawSearchParams): AuditFilterParams {
  const values: AuditFilterValues = {
    typ: firstParam(raw.typ),
    rekord: firstParam(raw.rekord).slice(0, 200),
    uzytkownik: firstParam(raw.uzytkownik).slice(0, 200),
    od: firstParam(raw.od),
    do: firstParam(raw.do),
  };
  const errors: AuditFilterParams["errors"] = {};
  const type = AUDIT_RECORD_TYPES.some((known) => known.value === values.typ) ? values.typ : "";
  if (values.typ && !type) errors.typ = "Wybierz rodzaj rekordu z listy.";
  if (values.rekord && !ID.test(values.rekord) && !UUID.test(values.rekord))
    errors.rekord = "Identyfikator rekordu może zawierać tylko litery, cyfry, „-” i „_”.";
  let user: string | null = null;
  if (values.uzytkownik) {
    if (UUID.test(values.uzytkownik)) user = globalIdOf("User", values.uzytkownik.toLowerCase());
    else if (ID.test(values.uzytkownik)) user = values.uzytkownik;
    else errors.uzytkownik = "To nie jest identyfikator użytkownika.";
  }
  const from = values.od ? warsawDayStart(values.od) : null;
  if (values.od && !from) errors.od = "Wpisz datę w postaci RRRR-MM-DD, np. 2027-03-01.";
  const to = values.do ? warsawDayStart(values.do) && warsawDayStart(nextDay(values.do)) : null;
  if (values.do && !to) errors.do = "Wpisz datę w postaci RRRR-MM-DD, np. 2027-03-31.";
  if (from && to && values.do < values.od)
    errors.do = "Data końcowa nie może być wcześniejsza niż początkowa.";

  const after = firstParam(raw.po);
  const filter: AuditLogFilter | null =
    Object.keys(errors).length > 0
      ? null
      : {
          ...(type ? { entityType: type } : {}),
          ...(values.rekord ? { entityId: values.rekord } : {}),
          ...(user ? { actorUserId: user } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
        };
  return { values, filter, errors, after: ID.test(after) ? after : null };
}

/** The address of the log with these filter values and, optionally, a page's cursor. */
export function auditLogHref(values: Partial<AuditFilterValues>, after?: string | null): string {
  const query = new URLSearchParams();
  for (const key of ["typ", "rekord", "uzytkownik", "od", "do"] as const) {
    const value = values[key];
    if (value) query.set(key, value);
  }
  if (after) query.set("po", after);
  const text = query.toString();
  return text ? `/panel/dziennik?${text}` : "/panel/dziennik";
}

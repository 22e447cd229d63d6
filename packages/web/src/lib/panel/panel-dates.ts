const DATE_TIME = new Intl.DateTimeFormat("pl-PL", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Warsaw",
});

/** "7 marca 2027 14:05" for a moment (the API's `DateTime`), as the clock in Poland showed it. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

/**
 * The moment a calendar day begins in Poland, as ISO UTC: a date filter typed as "2027-03-07"
 * means that day by the Polish clock, whatever the server's own time zone (summer time included).
 */
export function warsawDayStart(isoDate: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const utcMidnight = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(utcMidnight.getTime()) || utcMidnight.toISOString().slice(0, 10) !== isoDate) return null;
  // Warsaw is UTC+1 or UTC+2; the offset at that day's UTC midnight is the one at local midnight
  // except on a change-over night, when the change happens at 01:00 or 02:00 UTC, after midnight.
  const offsetMinutes = warsawOffsetMinutes(utcMidnight);
  return new Date(utcMidnight.getTime() - offsetMinutes * 60_000).toISOString();
}

function warsawOffsetMinutes(moment: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Warsaw",
    timeZoneName: "longOffset",
  }).formatToParts(moment);
  const name = parts.find((part) => part.type === "timeZoneName")?.value ?? "GMT+01:00";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 60;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

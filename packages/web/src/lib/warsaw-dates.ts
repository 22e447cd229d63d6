/** Calendar days by the clock in Poland, whatever the server's own time zone (summer time included). */
const TIME_ZONE = "Europe/Warsaw";

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Minutes Warsaw is ahead of UTC at `moment` (60 in winter, 120 in summer). */
export function warsawOffsetMinutes(moment: Date): number {
  const name = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(moment)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return 60;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/**
 * The moment a calendar day begins in Poland, as ISO UTC; null for anything but a real date. A date
 * typed as "2027-03-07" means that day by the Polish clock.
 */
export function warsawDayStart(isoDate: string): string | null {
  if (!isIsoDate(isoDate)) return null;
  const utcMidnight = new Date(`${isoDate}T00:00:00Z`);
  // Warsaw is UTC+1 or UTC+2; the offset at that day's UTC midnight is the one at local midnight
  // except on a change-over night, when the change happens at 01:00 or 02:00 UTC, after midnight.
  return new Date(utcMidnight.getTime() - warsawOffsetMinutes(utcMidnight) * 60_000).toISOString();
}

/** The calendar day after `isoDate`. */
export function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Today's date in Warsaw, YYYY-MM-DD. */
export function warsawToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(now);
}

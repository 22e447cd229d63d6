function parseDate(isoDate: string): Date | null {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * "7 marca 2027" for a calendar date "2027-03-07" (the API's `Date` scalar, no time zone); another
 * language's BCP 47 tag gives its own form ("7 March 2027").
 */
export function formatDate(isoDate: string, languageTag = "pl-PL"): string {
  const date = parseDate(isoDate);
  return date
    ? new Intl.DateTimeFormat(languageTag, { dateStyle: "long", timeZone: "UTC" }).format(date)
    : isoDate;
}

/**
 * Data not confirmed within the last `months` months (or never) is stale: registered is not the
 * same as active, so the site says so instead of presenting old records as current.
 */
export function isStale(lastVerifiedAt: string | null | undefined, now: Date, months = 12): boolean {
  if (!lastVerifiedAt) return true;
  const verified = parseDate(lastVerifiedAt);
  if (!verified) return true;
  const cutoff = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate());
  return verified.getTime() < cutoff;
}

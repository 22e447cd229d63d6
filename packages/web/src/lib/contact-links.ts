/**
 * A website from the registry as a safe link: only http(s) addresses become links (never
 * `javascript:` or other schemes); an address without a scheme is read as https.
 */
export function externalUrl(website: string): { href: string; label: string } | null {
  const trimmed = website.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const label = `${url.host}${url.pathname === "/" ? "" : url.pathname}${url.search}`;
  return { href: url.toString(), label };
}

/** `tel:` link for a Polish or international phone number as typed ("85 123 45 67", "+48 …"). */
export function telephoneHref(phone: string): string | null {
  const compact = phone.replace(/[\s().-]/g, "");
  if (!/^\+?\d{6,15}$/.test(compact)) return null;
  return `tel:${compact.startsWith("+") || compact.length !== 9 ? compact : `+48${compact}`}`;
}

/** The panel's page of each kind of record, by the type name the API uses in global IDs and the audit log. */
const RECORD_SECTIONS: Record<string, string> = {
  Organization: "/panel/podmioty",
  Service: "/panel/uslugi",
  Certificate: "/panel/certyfikaty",
  Document: "/panel/dokumenty",
  GoodPractice: "/panel/dobre-praktyki",
  Event: "/panel/wydarzenia",
  ChangeProposal: "/panel/propozycje",
};

/** The panel page of a record by its global ID; null for a kind of record without one. */
export function panelRecordHref(type: string, globalId: string): string | null {
  const section = RECORD_SECTIONS[type];
  return section ? `${section}/${encodeURIComponent(globalId)}` : null;
}

/**
 * The API's global ID of a record it names by type and stored ID (the audit log does): base64url of
 * "Type:id", the API's Relay encoding. This is the one place the panel relies on it.
 */
export function globalIdOf(type: string, storedId: string): string {
  const bytes = new TextEncoder().encode(`${type}:${storedId}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

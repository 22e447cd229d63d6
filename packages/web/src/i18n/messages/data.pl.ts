/**
 * The UI of the indicators (/dane) and territorial units (/gminy, /gminy/[code]) in Polish: the reference for the English and Ukrainian dictionaries, which
 * are typed by it, so a missing key is a type error.
 */
export const dataPl = {};

export type DataMessages = typeof dataPl;

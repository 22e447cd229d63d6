/**
 * The UI of the documents (/dokumenty, document pages, /dokumenty/lpdi) in Polish: the reference for the English and Ukrainian dictionaries, which
 * are typed by it, so a missing key is a type error.
 */
export const documentsPl = {};

export type DocumentsMessages = typeof documentsPl;

import type { DocumentsMessages } from "./documents.pl";

export const documentsUk: DocumentsMessages = {};

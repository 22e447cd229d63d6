import type { DocumentsMessages } from "./documents.pl";

export const documentsEn: DocumentsMessages = {};

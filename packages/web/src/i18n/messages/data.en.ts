import type { DataMessages } from "./data.pl";

export const dataEn: DataMessages = {};

import type { DataMessages } from "./data.pl";

export const dataUk: DataMessages = {};

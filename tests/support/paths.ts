import { join } from "node:path";
import { REPO_ROOT } from "@obserwatorium/server";

export { REPO_ROOT };
export const TERYT_FILE = join(REPO_ROOT, "packages/server/data/teryt/TERC_Urzedowy_2024-01-01.csv");

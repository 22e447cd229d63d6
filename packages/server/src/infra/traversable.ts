import { chmod, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Logger } from "../modules/common/logger";

const OTHERS_SEARCH = 0o001;

/**
 * PostgreSQL refuses to run as root, so as root it runs as the "postgres" system user, which must be
 * able to pass through every folder above its binaries and its data. A clone in a private folder
 * (a 0700 home or mktemp directory) blocks it. This adds only the search bit for others (o+x: pass
 * through, not list) to such folders, and says so.
 */
export async function letOthersTraverse(path: string, logger: Logger): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (let directory = resolve(path); ; directory = dirname(directory)) {
    const mode = (await stat(directory)).mode;
    if ((mode & OTHERS_SEARCH) === 0) {
      await chmod(directory, (mode & 0o7777) | OTHERS_SEARCH);
      logger.info(`Let the postgres system user pass through ${directory} (chmod o+x)`);
    }
    if (dirname(directory) === directory) return;
  }
}

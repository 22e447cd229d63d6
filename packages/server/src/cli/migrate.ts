import { migrate } from "../db/orm";
import { runWithServices } from "./with-services";

await runWithServices("migrate", async ({ orm, logger }) => {
  const applied = await migrate(orm);
  logger.info(applied.length ? `Applied: ${applied.join(", ")}` : "The database schema is up to date");
});

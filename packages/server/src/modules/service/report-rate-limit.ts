import { clientRateLimit } from "../common/client-rate-limit";

/** Reports one client address may send per hour. */
export const reportRateLimit = clientRateLimit({
  table: "report_attempt",
  purpose: "report",
  perWindow: 5,
  windowMs: 60 * 60 * 1000,
});

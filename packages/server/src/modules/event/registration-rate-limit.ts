import { clientRateLimit } from "../common/client-rate-limit";

/**
 * Registrations one client address may send per hour: several people of one office may sign up
 * from one address, a script may not fill an event.
 */
export const registrationRateLimit = clientRateLimit({
  table: "registration_attempt",
  purpose: "registration",
  perWindow: 10,
  windowMs: 60 * 60 * 1000,
});

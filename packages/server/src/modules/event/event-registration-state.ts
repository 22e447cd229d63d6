import type { RegistrationState } from "./event.enums";

export interface RegistrationWindow {
  startsAt: Date;
  endsAt: Date;
  capacity?: number | null;
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
}

/** When registration closes: the date set, or else the start of the event. */
export const registrationClosesAt = (event: RegistrationWindow): Date =>
  event.registrationClosesAt ?? event.startsAt;

/**
 * Whether one can register now. A full event still takes registrations, for the waiting list;
 * publication is checked apart (drafts take none).
 */
export function registrationState(
  event: RegistrationWindow,
  confirmedCount: number,
  now: Date,
): RegistrationState {
  if (now >= event.endsAt) return "ENDED";
  if (event.registrationOpensAt && now < event.registrationOpensAt) return "NOT_YET_OPEN";
  if (now >= registrationClosesAt(event)) return "CLOSED";
  if (event.capacity != null && confirmedCount >= event.capacity) return "WAITING_LIST_ONLY";
  return "OPEN";
}

/** Places left; null when there is no limit. Never negative, even after the capacity was lowered. */
export function placesLeft(capacity: number | null | undefined, confirmedCount: number): number | null {
  return capacity == null ? null : Math.max(0, capacity - confirmedCount);
}

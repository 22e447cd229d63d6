import { isStaffRole, type UserRole } from "../user/user.entity";

/** Who is asking: a signed-in user (staff or an organization's representative), or null for the public. */
export type Viewer = { id: string; role: UserRole } | null;

/** Drafts are for staff only: a representative sees what the public sees. */
export function canSeeUnpublished(viewer: Viewer): boolean {
  return viewer !== null && isStaffRole(viewer.role);
}

/** Who is asking: a signed-in editor or administrator, or null for the anonymous public. */
export type Viewer = { id: string; role: "ADMIN" | "EDITOR" } | null;

export function canSeeUnpublished(viewer: Viewer): boolean {
  return viewer !== null;
}

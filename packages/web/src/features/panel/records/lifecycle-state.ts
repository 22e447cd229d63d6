/** What a lifecycle or "verified today" action answers; the block announces the message. */
export interface LifecycleState {
  status: "idle" | "done" | "refused" | "failed";
  message: string | null;
  /** An error at the verification source field. */
  sourceError?: string | null;
}

export const IDLE_LIFECYCLE: LifecycleState = { status: "idle", message: null };

export type LifecycleIntent = "publish" | "archive" | "verify";

export type LifecycleAction = (state: LifecycleState, formData: FormData) => Promise<LifecycleState>;

export const LIFECYCLE_DONE: Record<LifecycleIntent, string> = {
  publish: "Opublikowano. Rekord jest widoczny w serwisie publicznym.",
  archive: "Przeniesiono do archiwum. Rekord nie jest już widoczny w serwisie publicznym.",
  verify: "Zapisano, że dane sprawdzono dziś.",
};

export interface CancelState {
  status: "idle" | "cancelled" | "refused";
  /** Why it was refused, in the page's language. */
  message: string | null;
}

export const INITIAL_CANCEL_STATE: CancelState = { status: "idle", message: null };

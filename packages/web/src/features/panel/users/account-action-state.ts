/** What an account action answers; the accounts section announces the message. */
export interface AccountActionState {
  status: "idle" | "done" | "refused" | "failed";
  message: string | null;
}

export const IDLE_ACCOUNT_ACTION: AccountActionState = { status: "idle", message: null };

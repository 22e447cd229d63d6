"use client";

import { createContext, useActionState, useContext, useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/button";
import { manageAccount } from "./account-action";
import { IDLE_ACCOUNT_ACTION } from "./account-action-state";

const AccountActionContext = createContext<{ formAction: (formData: FormData) => void; pending: boolean }>({
  formAction: () => {},
  pending: false,
});

/**
 * One result region for every row's actions, above the list: the announcement outlives the row
 * (a deactivated account leaves a list of active ones) and takes the focus once it is in.
 */
export function AccountActionsRegion(props: { children: ReactNode }) {
  const [state, formAction, pending] = useActionState(manageAccount, IDLE_ACCOUNT_ACTION);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status !== "idle") message.current?.focus();
  }, [state]);
  const refused = state.status === "refused" || state.status === "failed";
  return (
    <>
      <p
        ref={message}
        tabIndex={-1}
        role="status"
        className={
          state.message ? `account-status notice ${refused ? "notice--error" : "notice--success"}` : undefined
        }
      >
        {state.message}
      </p>
      <AccountActionContext.Provider value={{ formAction, pending }}>
        {props.children}
      </AccountActionContext.Provider>
    </>
  );
}

/**
 * A row's actions as one form posting to the section's action (it works without JavaScript too);
 * each button's name ends with the person's, hidden, so that a list of buttons says whose they are.
 */
export function AccountRowActions(props: { id: string; name: string; isActive: boolean }) {
  const { formAction, pending } = useContext(AccountActionContext);
  const whose = <span className="visually-hidden"> — {props.name}</span>;
  return (
    <form action={formAction} className="account-actions">
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="name" value={props.name} />
      {props.isActive ? (
        <>
          <Button type="submit" name="intent" value="end-sessions" variant="secondary" disabled={pending}>
            Zakończ sesje{whose}
          </Button>
          <Button type="submit" name="intent" value="deactivate" variant="secondary" disabled={pending}>
            Dezaktywuj{whose}
          </Button>
        </>
      ) : (
        <Button type="submit" name="intent" value="reactivate" variant="secondary" disabled={pending}>
          Przywróć{whose}
        </Button>
      )}
    </form>
  );
}

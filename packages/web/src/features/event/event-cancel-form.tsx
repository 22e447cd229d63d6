"use client";

import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/button";
import type { Locale } from "@/i18n/locales";
import { cancelEventRegistration } from "./event-cancel-action";
import { INITIAL_CANCEL_STATE } from "./event-cancel-state";

export interface CancelFormWords {
  submit: string;
  doneTitle: string;
  done: string;
  notCancelled: string;
  noToken: string;
  calendar: string;
}

/**
 * The POST button of the cancellation page, and what came of it (which takes focus). Without
 * JavaScript the form posts to `permalink`, the page without the token, and the server renders
 * the answer.
 */
export function EventCancelForm(props: {
  token: string;
  locale: Locale;
  permalink: string;
  calendarHref: string;
  words: CancelFormWords;
}) {
  const { words } = props;
  const [state, formAction, pending] = useActionState(
    cancelEventRegistration,
    INITIAL_CANCEL_STATE,
    props.permalink,
  );
  const answer = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status !== "idle") answer.current?.focus();
  }, [state]);

  if (state.status === "cancelled") {
    return (
      <div className="event-confirmation" role="status">
        <h2 ref={answer} tabIndex={-1}>
          {words.doneTitle}
        </h2>
        <p>{words.done}</p>
        <p>
          <a href={props.calendarHref}>{words.calendar}</a>
        </p>
      </div>
    );
  }
  return (
    <>
      {state.status === "refused" && (
        <div className="error-summary" role="alert">
          <h2 ref={answer} tabIndex={-1}>
            {words.notCancelled}
          </h2>
          <p>{state.message}</p>
        </div>
      )}
      {props.token ? (
        <form action={formAction}>
          <input type="hidden" name="token" value={props.token} />
          <input type="hidden" name="locale" value={props.locale} />
          <Button type="submit" disabled={pending}>
            {words.submit}
          </Button>
        </form>
      ) : (
        state.status === "idle" && <p className="notice">{words.noToken}</p>
      )}
    </>
  );
}

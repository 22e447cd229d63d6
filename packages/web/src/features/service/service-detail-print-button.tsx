"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * "Drukuj" calls the browser's print dialog. It appears only once JavaScript runs: without it the
 * button could do nothing, and the browser's own print command gives the same page anyway.
 */
export function ServiceDetailPrintButton(props: { label: string }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  return (
    <button type="button" className="service-detail__print" onClick={() => window.print()}>
      {props.label}
    </button>
  );
}

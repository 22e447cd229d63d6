"use client";

import { useSyncExternalStore } from "react";
import { Button } from "./button";

const subscribe = () => () => {};

/**
 * Calls the browser's print dialog. It appears only once JavaScript runs: without it the button
 * could do nothing, and the browser's own print command gives the same page anyway.
 */
export function PrintButton(props: { label: string }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  return (
    <Button variant="secondary" className="print-actions__button" onClick={() => window.print()}>
      {props.label}
    </Button>
  );
}

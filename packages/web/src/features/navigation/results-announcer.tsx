"use client";

import { useEffect, useRef, useState } from "react";
import { takeResultsArrival } from "./results-arrival";

/** Long enough for screen readers to take in the empty live region before its text arrives. */
const ANNOUNCE_DELAY_MS = 300;

/**
 * Progressive enhancement of a list page's plain GET search: when the page answers a search the
 * reader has just made (the form, or a link to another page of the results), focus moves to the
 * results count — or to the error summary, which `focusId` then names — and `message` is announced
 * in a polite live region (the marks are set by `ResultsArrivalMarks`, on every page). A fresh visit, a reload or the back button leave focus at the top.
 * Without JavaScript the page is the same, minus the moved focus.
 */
export function ResultsAnnouncer(props: { focusId: string | null; message: string }) {
  const { focusId, message } = props;
  const [announcement, setAnnouncement] = useState("");
  // A ref, so that React's development double run of effects reads the one-time mark only once.
  const arrived = useRef<boolean | null>(null);

  useEffect(() => {
    arrived.current ??= takeResultsArrival(window.location.pathname);
    if (!arrived.current) return;
    const target = focusId ? document.getElementById(focusId) : null;
    // A reader who has already moved on (the page was slow to load) keeps their place.
    const untouched = !document.activeElement || document.activeElement === document.body;
    if (target && untouched) target.focus();
    // Set after mount, into a region already present, so that screen readers announce it.
    const timer = setTimeout(() => setAnnouncement(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [focusId, message]);

  return (
    <p className="visually-hidden" role="status">
      {announcement}
    </p>
  );
}

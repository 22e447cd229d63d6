"use client";

import { useEffect, useRef, useState } from "react";
import { isResultsLink, markResultsArrival, takeResultsArrival } from "./results-arrival";

/** Long enough for screen readers to take in the empty live region before its text arrives. */
const ANNOUNCE_DELAY_MS = 300;

/** Marks a GET form's submission, so that the page it opens knows it answers a search. */
function onSubmit(event: SubmitEvent) {
  const form = event.target;
  if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
  // Attributes, not form.action / form.method, which a field named "action" would shadow.
  if ((form.getAttribute("method") ?? "get").toLowerCase() !== "get") return;
  const action = new URL(form.getAttribute("action") ?? "", window.location.href);
  if (action.origin === window.location.origin) markResultsArrival(action.pathname);
}

/** Marks a link in the page's content to another view of the same list, e.g. the next page. */
function onClick(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest("main a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download")) return;
  if (link.target && link.target !== "_self") return;
  const current = new URL(window.location.href);
  if (isResultsLink(new URL(link.href), current)) markResultsArrival(current.pathname);
}

/**
 * Progressive enhancement of a list page's plain GET search: when the page answers a search the
 * reader has just made (the form, or a link to another page of the results), focus moves to the
 * results count — or to the error summary, which `focusId` then names — and `message` is announced
 * in a polite live region. A fresh visit, a reload or the back button leave focus at the top.
 * Without JavaScript the page is the same, minus the moved focus.
 */
export function ResultsAnnouncer(props: { focusId: string | null; message: string }) {
  const { focusId, message } = props;
  const [announcement, setAnnouncement] = useState("");
  // A ref, so that React's development double run of effects reads the one-time mark only once.
  const arrived = useRef<boolean | null>(null);

  useEffect(() => {
    document.addEventListener("submit", onSubmit);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("submit", onSubmit);
      document.removeEventListener("click", onClick);
    };
  }, []);

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

"use client";

import { useEffect } from "react";
import { isResultsLink, markResultsArrival } from "./results-arrival";

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
 * On every page: notes that the next page answers a search the reader has just made (any GET form,
 * the home page's and the header's included, or a link to another view of the same list), for
 * `ResultsAnnouncer` there. Renders nothing.
 */
export function ResultsArrivalMarks() {
  useEffect(() => {
    document.addEventListener("submit", onSubmit);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("submit", onSubmit);
      document.removeEventListener("click", onClick);
    };
  }, []);
  return null;
}

"use client";

import { GraphiQL, type GraphiQLProps } from "graphiql";
import { useEffect, useRef } from "react";
import "graphiql/style.css";

/**
 * Sends each request to this site's own /graphql, with the headers typed in the console (an API
 * key): GraphiQL, its code and its styles come from the hub too, never from a CDN.
 */
const fetcher: GraphiQLProps["fetcher"] = async (params, options) => {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...options?.headers },
    body: JSON.stringify(params),
  });
  return (await response.json()) as Record<string, unknown>;
};

export interface EditorLabels {
  query: string;
  variables: string;
  headers: string;
  result: string;
}

/**
 * GraphiQL's CodeMirror editors have unlabelled input areas and scroll boxes no keyboard can reach
 * (axe: label, scrollable-region-focusable), and it offers no props for them: each editor gets
 * its name, and its scroll box a tab stop, whenever GraphiQL (re)creates one.
 */
function labelEditors(root: HTMLElement, labels: EditorLabels) {
  const toolEditors = root.querySelectorAll(".graphiql-editor-tool .graphiql-editor");
  const editors: [Element | null | undefined, string][] = [
    [root.querySelector(".graphiql-query-editor .graphiql-editor"), labels.query],
    [toolEditors[0], labels.variables],
    [toolEditors[1], labels.headers],
    [root.querySelector(".graphiql-response"), labels.result],
  ];
  for (const [editor, label] of editors) {
    const input = editor?.querySelector("textarea");
    if (input && !input.hasAttribute("aria-label")) input.setAttribute("aria-label", label);
    const scroller = editor?.querySelector(".CodeMirror-scroll");
    // CodeMirror gives it tabindex="-1" (focusable by script only).
    if (scroller && scroller.getAttribute("tabindex") !== "0") {
      scroller.setAttribute("tabindex", "0");
      scroller.setAttribute("role", "region");
      scroller.setAttribute("aria-label", label);
    }
  }
}

/** GraphiQL against this site's API, opened on a query. */
export function ApiConsole(props: { query: string; variables?: string; labels: EditorLabels }) {
  const { labels } = props;
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    labelEditors(element, labels);
    const observer = new MutationObserver(() => labelEditors(element, labels));
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [labels]);
  return (
    <div className="api-console" ref={root}>
      <GraphiQL fetcher={fetcher} query={props.query} variables={props.variables} forcedTheme="light" />
    </div>
  );
}

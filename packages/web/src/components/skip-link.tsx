import type { ReactNode } from "react";

/**
 * The first link of every page, off screen until it takes the keyboard focus: it jumps over the
 * header to the element with id `target` (which must be focusable, e.g. `<main tabIndex={-1}>`).
 */
export function SkipLink(props: { target: string; children: ReactNode }) {
  return (
    <a className="skip-link" href={`#${props.target}`}>
      {props.children}
    </a>
  );
}

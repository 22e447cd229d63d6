import { Children, type ReactNode } from "react";

/** A list of `Badge`s with an accessible name; nothing at all when no badge applies. */
export function Badges(props: { children?: ReactNode; label?: string }) {
  if (Children.toArray(props.children).length === 0) return null;
  return (
    <ul className="badges" aria-label={props.label ?? "Oznaczenia"}>
      {props.children}
    </ul>
  );
}

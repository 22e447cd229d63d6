import type { CSSProperties, ReactNode } from "react";

/** One step of the trail; the last one, without `href`, is the page itself. */
export type BreadcrumbItem = { label: ReactNode; href?: string };

// TEMPORARY until the stylesheet (owned elsewhere) styles `.breadcrumb ol`: a bare list would show
// numbers and an indent, and the trail must read as one line that wraps.
const TRAIL_STYLE: CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  gap: "0 0.375rem",
  margin: 0,
  padding: 0,
  listStyle: "none",
};

/** Where the page sits: links to the pages above it, then the page itself (aria-current="page"). */
export function Breadcrumbs(props: { items: BreadcrumbItem[]; label?: string }) {
  const last = props.items.length - 1;
  return (
    <nav className="breadcrumb" aria-label={props.label ?? "Ścieżka nawigacji"}>
      <ol style={TRAIL_STYLE}>
        {props.items.map((item, index) => (
          <li key={index}>
            {index > 0 && <span aria-hidden="true">› </span>}
            {item.href ? (
              <a href={item.href}>{item.label}</a>
            ) : (
              <span aria-current={index === last ? "page" : undefined}>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

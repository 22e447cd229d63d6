import type { ReactNode } from "react";

/** One step of the trail; the last one, without `href`, is the page itself. */
export type BreadcrumbItem = { label: ReactNode; href?: string };

/** Where the page sits: links to the pages above it, then the page itself (aria-current="page"). */
export function Breadcrumbs(props: { items: BreadcrumbItem[]; label?: string }) {
  const last = props.items.length - 1;
  return (
    <nav className="breadcrumb" aria-label={props.label ?? "Ścieżka nawigacji"}>
      <ol>
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

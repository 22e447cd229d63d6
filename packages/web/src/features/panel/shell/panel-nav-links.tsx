"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentSection, type PanelNavItem } from "./panel-nav";

export function PanelNavLinks(props: { items: readonly PanelNavItem[] }) {
  const section = currentSection(usePathname());
  return (
    <nav className="panel-nav" aria-label="Panel">
      <ul>
        {props.items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.href === section ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import type { ReactNode } from "react";

// The document (<html lang>) is rendered by app/[locale]/layout.tsx, and by app/not-found.tsx for
// paths no route matches; this root layout only lets that not-found page exist.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}

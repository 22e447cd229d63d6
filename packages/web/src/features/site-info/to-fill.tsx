import type { ReactNode } from "react";

/** A value the ROPS still has to supply: shown as a marked gap so nobody takes it for real data. */
export function ToFill({ children }: { children: ReactNode }) {
  return <span className="placeholder">[do uzupełnienia przez ROPS: {children}]</span>;
}

/** The value when known, else the marked gap describing it. */
export function OrToFill({ value, what }: { value: string | null; what: string }) {
  return value ? <>{value}</> : <ToFill>{what}</ToFill>;
}

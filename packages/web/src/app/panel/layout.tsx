import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PanelShell } from "@/features/panel/shell/panel-shell";
import { currentPanelUser } from "@/lib/panel/current-user";
import "../globals.css";
import "@/features/panel/panel.css";

export const metadata: Metadata = {
  title: { default: "Panel redakcyjny", template: "%s | Panel redakcyjny Obserwatorium" },
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every panel page depends on who is signed in.
export const dynamic = "force-dynamic";

export default async function PanelLayout({ children }: { children: ReactNode }) {
  return <PanelShell user={await currentPanelUser()}>{children}</PanelShell>;
}

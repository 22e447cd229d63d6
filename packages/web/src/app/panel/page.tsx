import type { Metadata } from "next";
import { requirePanelUser } from "@/lib/panel/current-user";

export const metadata: Metadata = { title: "Pulpit" };

export default async function DashboardPage() {
  const user = await requirePanelUser("/panel");
  return (
    <>
      <h1>Pulpit</h1>
      <p>Witaj, {user.displayName}.</p>
    </>
  );
}

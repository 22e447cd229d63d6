import type { PanelRole } from "@/lib/panel/current-user";

export const ROLE_LABELS: Record<PanelRole, string> = {
  ADMIN: "administrator",
  EDITOR: "redaktor",
  ORGANIZATION_REP: "przedstawiciel podmiotu",
};

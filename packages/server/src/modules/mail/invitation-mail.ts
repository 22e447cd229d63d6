import type { UserRole } from "../user/user.entity";
import type { MailMessage } from "./mailer";

const ROLE_NAMES: Record<UserRole, string> = {
  ADMIN: "administrator",
  EDITOR: "redaktor",
  ORGANIZATION_REP: "przedstawiciel podmiotu",
};

/** Where an invitee sets their password: the site's panel page that accepts the token. */
export function invitationLink(siteUrl: string, token: string): string {
  return `${siteUrl.replace(/\/+$/, "")}/panel/zaproszenie?token=${encodeURIComponent(token)}`;
}

export function invitationMail(invitation: {
  email: string;
  displayName: string;
  role: UserRole;
  invitedBy: string;
  organizationName: string | null;
  link: string;
}): MailMessage {
  const role = ROLE_NAMES[invitation.role];
  const of = invitation.organizationName ? ` „${invitation.organizationName}”` : "";
  return {
    to: invitation.email,
    subject: "Zaproszenie do Obserwatorium",
    text: [
      `Dzień dobry ${invitation.displayName},`,
      "",
      `${invitation.invitedBy} zaprasza Cię do panelu Obserwatorium. Twoja rola: ${role}${of}.`,
      "",
      "Aby założyć konto i ustawić hasło, otwórz link:",
      invitation.link,
      "",
      "Link jest ważny przez 7 dni i działa tylko raz. Jeśli nie spodziewasz się tego zaproszenia, zignoruj tę wiadomość.",
      "",
      "Obserwatorium",
    ].join("\n"),
  };
}

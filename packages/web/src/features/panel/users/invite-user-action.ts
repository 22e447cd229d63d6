"use server";

import { headers } from "next/headers";
import { graphql } from "@/__generated__";
import { siteUrl } from "@/lib/config";
import { currentPanelUser } from "@/lib/panel/current-user";
import { panelPayload } from "@/lib/panel/panel-client";
import {
  failedFormState,
  formValues,
  rejectedFormState,
  savedFormState,
  type PanelFormState,
} from "../forms/form-state";

const InviteUser = graphql(`
  mutation PanelInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      token
      invitation {
        id
        email
        expiresAt
      }
      userErrors {
        field
        message
      }
    }
  }
`);

// A "use server" file may export nothing but async functions.
const INVITE_FIELDS = ["email", "displayName", "role", "organizationId"] as const;
const ROLES = ["ADMIN", "EDITOR", "ORGANIZATION_REP"] as const;
type Role = (typeof ROLES)[number];

/** This site's address as the admin's browser sees it (the action's own origin), for the link. */
async function siteOrigin(): Promise<string> {
  const origin = (await headers()).get("origin");
  return origin && /^https?:\/\/[^/\s]+$/.test(origin) ? origin : siteUrl();
}

const expiryFormat = new Intl.DateTimeFormat("pl-PL", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Warsaw",
});

/**
 * Invites a person (administrators only; the API checks it again). The token comes back only in
 * this answer: the form shows the one-time link to copy, since the hub may have no mail server.
 */
export async function inviteUser(_previous: PanelFormState, formData: FormData): Promise<PanelFormState> {
  const values = formValues(formData);
  const user = await currentPanelUser();
  if (!user || user.role !== "ADMIN") {
    return failedFormState(values, "Zapraszać mogą tylko administratorzy. Zaloguj się ponownie.");
  }
  const email = (values.email ?? "").trim();
  const displayName = (values.displayName ?? "").trim();
  const role = ROLES.find((item) => item === values.role);
  const organizationId = (values.organizationId ?? "").trim();
  const missing: Record<string, string> = {};
  if (!email) missing.email = "Wpisz adres e-mail.";
  if (!displayName) missing.displayName = "Wpisz imię i nazwisko.";
  if (!role) missing.role = "Wybierz rolę.";
  if (role === "ORGANIZATION_REP" && !organizationId)
    missing.organizationId = "Przedstawiciel musi reprezentować podmiot: znajdź go i wybierz z listy.";
  if (Object.keys(missing).length) {
    return { status: "rejected", fieldErrors: missing, formErrors: [], values, message: null };
  }

  let payload;
  try {
    payload = await panelPayload(
      InviteUser,
      {
        input: {
          email,
          displayName,
          role: role as Role,
          // Only a representative has an organization; a choice left over from another role is dropped.
          organizationId: role === "ORGANIZATION_REP" ? organizationId : null,
        },
      },
      "inviteUser",
    );
  } catch (error) {
    console.error("Inviting a user failed", error);
    return failedFormState(values, "Nie udało się utworzyć zaproszenia. Spróbuj ponownie za chwilę.");
  }
  if (!payload.invitation) return rejectedFormState(values, payload.userErrors, INVITE_FIELDS);

  const expiresAt = expiryFormat.format(new Date(String(payload.invitation.expiresAt)));
  if (!payload.token) {
    return savedFormState(
      `Wysłano zaproszenie na adres ${payload.invitation.email}; link działa do ${expiresAt}.`,
    );
  }
  const link = `${await siteOrigin()}/panel/zaproszenie?token=${encodeURIComponent(payload.token)}`;
  return savedFormState(`Utworzono zaproszenie dla ${payload.invitation.email}.`, {
    link,
    email: payload.invitation.email,
    expiresAt,
  });
}

"use client";

import { ROLE_LABELS } from "../shell/role-labels";
import { PanelForm } from "../forms/panel-form";
import { PanelSelect, PanelTextField } from "../forms/panel-fields";
import { inviteUser } from "./invite-user-action";
import { InvitationLink } from "./invitation-link";
import type { OrganizationChoice } from "./organization-choices";

const LABELS = {
  email: "Adres e-mail",
  displayName: "Imię i nazwisko",
  role: "Rola",
  organizationId: "Podmiot",
};

const ROLE_OPTIONS = (["EDITOR", "ORGANIZATION_REP", "ADMIN"] as const).map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
}));

export function InviteUserForm(props: { organizations: readonly OrganizationChoice[] }) {
  return (
    <PanelForm
      action={inviteUser}
      submitLabel="Utwórz zaproszenie"
      errorTitle="Nie utworzono zaproszenia."
      labels={LABELS}
    >
      <InvitationLink />
      <PanelTextField name="email" label={LABELS.email} type="email" autoComplete="off" required />
      <PanelTextField name="displayName" label={LABELS.displayName} autoComplete="off" required />
      <PanelSelect
        name="role"
        label={LABELS.role}
        options={ROLE_OPTIONS}
        emptyLabel="— wybierz —"
        hint="Redaktor edytuje i publikuje wszystko; przedstawiciel proponuje zmiany danych swojego podmiotu; administrator także zarządza kontami."
        required
      />
      <PanelSelect
        name="organizationId"
        label={LABELS.organizationId}
        options={props.organizations}
        defaultValue={props.organizations.length === 1 ? props.organizations[0]!.value : ""}
        emptyLabel={
          props.organizations.length ? "— wybierz podmiot —" : "— najpierw znajdź podmiot powyżej —"
        }
        hint="Tylko dla przedstawiciela podmiotu (wtedy wymagany). Listę wypełnia wyszukiwanie podmiotu powyżej."
      />
    </PanelForm>
  );
}

"use client";

import { PanelForm } from "../forms/panel-form";
import { PanelSelect, PanelTextField } from "../forms/panel-fields";
import { ACCESS_LEVELS } from "./api-key-access";
import { createApiKeyAction } from "./create-api-key-action";
import { NewApiKey } from "./new-api-key";

const LABELS = {
  name: "Nazwa klucza",
  partner: "Partner i cel",
  scopes: "Zakres dostępu",
  expiresAt: "Ważny do (włącznie)",
};

const LEVEL_OPTIONS = Object.entries(ACCESS_LEVELS).map(([value, level]) => ({ value, label: level.label }));

export function CreateApiKeyForm() {
  return (
    <PanelForm
      action={createApiKeyAction}
      submitLabel="Utwórz klucz"
      errorTitle="Nie utworzono klucza."
      labels={LABELS}
    >
      <NewApiKey />
      <PanelTextField name="name" label={LABELS.name} autoComplete="off" required />
      <PanelTextField
        name="partner"
        label={LABELS.partner}
        hint="Instytucja partnera i do czego używa API, np. „Urząd Marszałkowski — mapa usług”."
        autoComplete="off"
        required
      />
      <PanelSelect
        name="scopes"
        label={LABELS.scopes}
        options={LEVEL_OPTIONS}
        defaultValue="public"
        hint="Klucz z zapisem działa w imieniu Twojego konta, z uprawnieniami redaktora; każda zmiana trafia do dziennika z nazwą klucza."
        required
      />
      <PanelTextField
        name="expiresAt"
        label={LABELS.expiresAt}
        type="date"
        hint="Puste pole: klucz działa, dopóki go nie unieważnisz."
      />
    </PanelForm>
  );
}

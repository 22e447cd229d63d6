"use client";

import type { CertificateType } from "@/__generated__/graphql";
import { CERTIFICATE_TYPE_LABELS } from "@/features/organization/labels";
import { PanelSelect, PanelTextField } from "../forms/panel-fields";
import { PanelForm } from "../forms/panel-form";
import { issueCertificateAction } from "./certificate-actions";
import {
  CERTIFICATE_FIELD_LABELS as L,
  certificateFormLabels,
  prefilledValidTo,
} from "./certificate-form-input";
import { CertifiedOfferingRows } from "./certified-offering-rows";
import { TermDates } from "./term-dates";

const TYPE: CertificateType = "ZAKUP_PROSPOLECZNY";

/** Grants a certificate to one organization: its terms and the named products and services. */
export function IssueCertificateForm(props: {
  organizationId: string;
  today: string;
  grantingBody: string;
  offeringValues: Record<string, string>;
  offeringRows: number;
}) {
  return (
    <PanelForm
      action={issueCertificateAction}
      submitLabel="Wydaj certyfikat"
      labels={certificateFormLabels(props.offeringRows)}
    >
      <input type="hidden" name="organizationId" value={props.organizationId} />
      <fieldset>
        <legend>Warunki</legend>
        <TermDates defaultType={TYPE}>
          <PanelSelect
            name="type"
            label={L.type!}
            options={Object.entries(CERTIFICATE_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
            defaultValue={TYPE}
            required
          />
          <PanelTextField name="number" label={L.number!} hint="Np. ZP/2026/15." required />
          <PanelTextField
            name="grantingBody"
            label={L.grantingBody!}
            defaultValue={props.grantingBody}
            required
          />
          <PanelTextField
            name="decisionDate"
            label={L.decisionDate!}
            type="date"
            defaultValue={props.today}
            required
          />
          <PanelTextField
            name="validFrom"
            label={L.validFrom!}
            type="date"
            defaultValue={props.today}
            required
          />
          <PanelTextField
            name="validTo"
            label={L.validTo!}
            type="date"
            defaultValue={prefilledValidTo(TYPE, props.today)}
            hint="Zakup Prospołeczny przyznaje się na 12 miesięcy: ostatni dzień to początek + 12 miesięcy − 1 dzień. Dla innych znaków wpisz datę z decyzji."
          />
        </TermDates>
      </fieldset>
      <CertifiedOfferingRows rows={props.offeringRows} values={props.offeringValues} />
    </PanelForm>
  );
}

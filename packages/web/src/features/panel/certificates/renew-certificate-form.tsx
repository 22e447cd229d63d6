"use client";

import type { CertificateType } from "@/__generated__/graphql";
import { PanelTextField } from "../forms/panel-fields";
import { PanelForm } from "../forms/panel-form";
import { renewCertificateAction } from "./certificate-actions";
import {
  CERTIFICATE_FIELD_LABELS as L,
  certificateFormLabels,
  prefilledValidTo,
} from "./certificate-form-input";
import { CertifiedOfferingRows } from "./certified-offering-rows";
import { TermDates } from "./term-dates";

/** The next term of a certificate: new number and decision, dates after the current term, the offerings. */
export function RenewCertificateForm(props: {
  id: string;
  type: CertificateType;
  today: string;
  nextValidFrom: string;
  offeringValues: Record<string, string>;
  offeringRows: number;
}) {
  return (
    <PanelForm
      action={renewCertificateAction}
      submitLabel="Odnów certyfikat"
      labels={certificateFormLabels(props.offeringRows)}
    >
      <input type="hidden" name="id" value={props.id} />
      <TermDates defaultType={props.type}>
        <PanelTextField name="number" label={L.number!} hint="Numer certyfikatu na nowy okres." required />
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
          defaultValue={props.nextValidFrom}
          hint="Zwykle dzień po końcu obecnego okresu."
        />
        <PanelTextField
          name="validTo"
          label={L.validTo!}
          type="date"
          defaultValue={prefilledValidTo(props.type, props.nextValidFrom)}
        />
      </TermDates>
      <CertifiedOfferingRows rows={props.offeringRows} values={props.offeringValues} />
    </PanelForm>
  );
}

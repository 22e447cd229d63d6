"use client";

import { PanelTextArea } from "../forms/panel-fields";
import { PanelForm } from "../forms/panel-form";
import { revokeCertificateAction } from "./certificate-actions";
import { CERTIFICATE_FIELD_LABELS as L } from "./certificate-form-input";

/** Revokes a certificate; the reason is required and is shown with the certificate. */
export function RevokeCertificateForm(props: { id: string }) {
  return (
    <PanelForm
      action={revokeCertificateAction}
      submitLabel="Cofnij certyfikat"
      labels={{ reason: L.reason! }}
    >
      <input type="hidden" name="id" value={props.id} />
      <p id="cofniecie-opis">
        Cofnięty certyfikat przestaje być ważny od razu i nie można go odnowić. Powód zobaczą odwiedzający
        serwis.
      </p>
      <PanelTextArea name="reason" label={L.reason!} rows={3} required />
    </PanelForm>
  );
}

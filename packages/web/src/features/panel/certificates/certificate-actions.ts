"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { graphql } from "@/__generated__";
import { panelPayload } from "@/lib/panel/panel-client";
import { failedFormState, formValues, type PanelFormState } from "../forms/form-state";
import { refusedBeforeSending, refusedByApi } from "../records/form-answers";
import { certificateFormLabels, issueInputFromForm, renewInputFromForm } from "./certificate-form-input";

const IssueCertificate = graphql(`
  mutation PanelIssueCertificate($input: IssueCertificateInput!) {
    issueCertificate(input: $input) {
      certificate {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const RenewCertificate = graphql(`
  mutation PanelRenewCertificate($id: ID!, $input: RenewCertificateInput!) {
    renewCertificate(id: $id, input: $input) {
      certificate {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const RevokeCertificate = graphql(`
  mutation PanelRevokeCertificate($id: ID!, $reason: String!) {
    revokeCertificate(id: $id, reason: $reason) {
      certificate {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const UNAVAILABLE = "Nie udało się zapisać — spróbuj ponownie za chwilę.";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.trim() : "";
};

function postedRows(values: Record<string, string>): number {
  const rows = Object.keys(values).map((name) => Number(/^offerings\.(\d{1,3})\./.exec(name)?.[1] ?? -1));
  return Math.max(-1, ...rows) + 1;
}

/** Grants a certificate and opens its page. */
export async function issueCertificateAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const values = formValues(formData);
  const converted = issueInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  let payload;
  try {
    payload = await panelPayload(IssueCertificate, { input: converted.input }, "issueCertificate");
  } catch (error) {
    console.error("Issuing a certificate in the panel failed", error);
    return failedFormState(values, UNAVAILABLE);
  }
  if (!payload.certificate) {
    const fields = [...Object.keys(certificateFormLabels(postedRows(values))), "organizationId"];
    return refusedByApi(values, payload.userErrors, fields, converted.rowIndexes);
  }
  revalidatePath("/panel/certyfikaty");
  redirect(`/panel/certyfikaty/${encodeURIComponent(payload.certificate.id)}?zapisano=wydano`);
}

/** Issues the next term and opens the new certificate's page. */
export async function renewCertificateAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const id = text(formData, "id");
  const values = formValues(formData);
  const converted = renewInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  let payload;
  try {
    payload = await panelPayload(RenewCertificate, { id, input: converted.input }, "renewCertificate");
  } catch (error) {
    console.error(`Renewing certificate ${id} failed`, error);
    return failedFormState(values, UNAVAILABLE);
  }
  if (!payload.certificate) {
    return refusedByApi(
      values,
      payload.userErrors,
      Object.keys(certificateFormLabels(postedRows(values))),
      converted.rowIndexes,
    );
  }
  revalidatePath("/panel/certyfikaty");
  redirect(`/panel/certyfikaty/${encodeURIComponent(payload.certificate.id)}?zapisano=odnowiono`);
}

/** Revokes the certificate with the reason the editor gave. */
export async function revokeCertificateAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const id = text(formData, "id");
  const reason = text(formData, "reason");
  const values = { reason };
  if (!reason) return refusedBeforeSending(values, { reason: "Wpisz powód cofnięcia certyfikatu." });
  if (reason.length > 2000)
    return refusedBeforeSending(values, { reason: "Powód może mieć najwyżej 2000 znaków." });
  let payload;
  try {
    payload = await panelPayload(RevokeCertificate, { id, reason }, "revokeCertificate");
  } catch (error) {
    console.error(`Revoking certificate ${id} failed`, error);
    return failedFormState(values, UNAVAILABLE);
  }
  if (!payload.certificate) return refusedByApi(values, payload.userErrors, ["reason"]);
  revalidatePath("/panel/certyfikaty");
  // The page loses its forms once the certificate is revoked, so the confirmation goes with the address.
  redirect(`/panel/certyfikaty/${encodeURIComponent(id)}?zapisano=cofnieto`);
}

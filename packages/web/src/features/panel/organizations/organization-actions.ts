"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { graphql } from "@/__generated__";
import { panelMutate } from "@/lib/panel/panel-client";
import { failedFormState, formValues, savedFormState, type PanelFormState } from "../forms/form-state";
import { refusedBeforeSending, refusedByApi } from "../records/form-answers";
import type { LifecycleState } from "../records/lifecycle-state";
import { runLifecycle } from "../records/run-lifecycle";
import { DECISION_FIELD_LABELS, decisionInputFromForm } from "./decision-form-input";
import { organizationFormLabels } from "./organization-fields";
import { organizationInputFromForm } from "./organization-form-input";

const CreateOrganization = graphql(`
  mutation PanelCreateOrganization($input: OrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const VerifyOrganization = graphql(`
  mutation PanelVerifyOrganization($id: ID!, $source: String!) {
    verifyOrganization(id: $id, source: $source) {
      userErrors {
        field
        message
      }
    }
  }
`);

const UpdateOrganization = graphql(`
  mutation PanelUpdateOrganization($id: ID!, $input: OrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      organization {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const PublishOrganization = graphql(`
  mutation PanelPublishOrganization($id: ID!) {
    publishOrganization(id: $id) {
      userErrors {
        field
        message
      }
    }
  }
`);

const ArchiveOrganization = graphql(`
  mutation PanelArchiveOrganization($id: ID!) {
    archiveOrganization(id: $id) {
      userErrors {
        field
        message
      }
    }
  }
`);

const AddDecision = graphql(`
  mutation PanelAddSocialEnterpriseDecision($organizationId: ID!, $input: SocialEnterpriseDecisionInput!) {
    addSocialEnterpriseDecision(organizationId: $organizationId, input: $input) {
      userErrors {
        field
        message
      }
    }
  }
`);

const UNAVAILABLE = "Nie udało się zapisać — spróbuj ponownie za chwilę.";

/** The number of offering rows the posted form had, for the error summary's labels. */
function postedOfferingRows(values: Record<string, string>): number {
  const rows = Object.keys(values)
    .map((name) => /^offerings\.(\d{1,3})\./.exec(name)?.[1])
    .filter((row): row is string => row !== undefined)
    .map(Number);
  return rows.length ? Math.max(...rows) + 1 : 0;
}

const idOf = (formData: FormData) => {
  const id = formData.get("id");
  return typeof id === "string" ? id : "";
};

/** Saves a new organization as a draft and opens its page. */
export async function createOrganizationAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const values = formValues(formData);
  const converted = organizationInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  let payload;
  try {
    const { data, error } = await panelMutate(CreateOrganization, { input: converted.input });
    if (error || !data) throw error ?? new Error("createOrganization returned no data");
    payload = data.createOrganization;
  } catch (error) {
    console.error("Creating an organization in the panel failed", error);
    return failedFormState(values, UNAVAILABLE);
  }
  if (!payload.organization) {
    const fields = Object.keys(organizationFormLabels(postedOfferingRows(values)));
    return refusedByApi(values, payload.userErrors, fields, converted.rowIndexes);
  }
  revalidatePath("/panel/podmioty");
  redirect(`/panel/podmioty/${encodeURIComponent(payload.organization.id)}?zapisano=szkic`);
}

/** Replaces the organization's fields with the form's. */
export async function updateOrganizationAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const id = idOf(formData);
  const values = formValues(formData);
  const converted = organizationInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  let payload;
  try {
    const { data, error } = await panelMutate(UpdateOrganization, { id, input: converted.input });
    if (error || !data) throw error ?? new Error("updateOrganization returned no data");
    payload = data.updateOrganization;
  } catch (error) {
    console.error(`Updating organization ${id} in the panel failed`, error);
    return failedFormState(values, UNAVAILABLE);
  }
  if (!payload.organization) {
    const fields = Object.keys(organizationFormLabels(postedOfferingRows(values)));
    return refusedByApi(values, payload.userErrors, fields, converted.rowIndexes);
  }
  revalidatePath(`/panel/podmioty/${id}`);
  revalidatePath("/panel/podmioty");
  return savedFormState("Zapisano zmiany.");
}

/** Publish, archive or "verified today" for one organization. */
export async function organizationLifecycleAction(
  _previous: LifecycleState,
  formData: FormData,
): Promise<LifecycleState> {
  const id = idOf(formData);
  return runLifecycle(
    formData,
    {
      publish: async () => {
        const { data, error } = await panelMutate(PublishOrganization, { id });
        if (error || !data) throw error ?? new Error("publishOrganization returned no data");
        return data.publishOrganization;
      },
      archive: async () => {
        const { data, error } = await panelMutate(ArchiveOrganization, { id });
        if (error || !data) throw error ?? new Error("archiveOrganization returned no data");
        return data.archiveOrganization;
      },
      verify: async () => {
        const source = String(formData.get("source") ?? "").trim();
        const { data, error } = await panelMutate(VerifyOrganization, { id, source });
        if (error || !data) throw error ?? new Error("verifyOrganization returned no data");
        return data.verifyOrganization;
      },
    },
    [`/panel/podmioty/${id}`, "/panel/podmioty"],
  );
}

/** Adds a wojewoda's PS decision to the organization's history. */
export async function addDecisionAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const organizationId = idOf(formData);
  const values = formValues(formData);
  const converted = decisionInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  let payload;
  try {
    const { data, error } = await panelMutate(AddDecision, { organizationId, input: converted.input });
    if (error || !data) throw error ?? new Error("addSocialEnterpriseDecision returned no data");
    payload = data.addSocialEnterpriseDecision;
  } catch (error) {
    console.error(`Adding a PS decision to ${organizationId} failed`, error);
    return failedFormState(values, UNAVAILABLE);
  }
  if (payload.userErrors.length > 0) {
    return refusedByApi(values, payload.userErrors, Object.keys(DECISION_FIELD_LABELS));
  }
  revalidatePath(`/panel/podmioty/${organizationId}`);
  return savedFormState("Dodano decyzję do historii statusu.");
}

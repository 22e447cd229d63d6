"use server";

import { revalidatePath } from "next/cache";
import { graphql } from "@/__generated__";
import { panelPayload } from "@/lib/panel/panel-client";
import {
  failedFormState,
  formValues,
  savedFormState,
  type ApiUserError,
  type PanelFormState,
} from "../forms/form-state";
import { refusedBeforeSending, refusedByApi } from "../records/form-answers";
import type { LifecycleState } from "../records/lifecycle-state";
import { runLifecycle } from "../records/run-lifecycle";
import { postedId, saveRecord } from "../records/save-record";
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

/** The API's refusal at the organization form's fields, offering rows included. */
function refusedByOrganizationApi(
  values: Record<string, string>,
  userErrors: readonly ApiUserError[],
  rowIndexes: Record<string, readonly number[]>,
): PanelFormState {
  const fields = Object.keys(organizationFormLabels(postedOfferingRows(values)));
  return refusedByApi(values, userErrors, fields, rowIndexes);
}

/** Saves a new organization as a draft and opens its page. */
export async function createOrganizationAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const values = formValues(formData);
  const converted = organizationInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  const input = converted.input;
  return saveRecord({
    id: "",
    values,
    listPath: "/panel/podmioty",
    write: () => panelPayload(CreateOrganization, { input }, "createOrganization"),
    savedId: (payload) => payload.organization?.id,
    refused: (payload) => refusedByOrganizationApi(values, payload.userErrors, converted.rowIndexes),
  });
}

/** Replaces the organization's fields with the form's. */
export async function updateOrganizationAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const id = postedId(formData);
  const values = formValues(formData);
  const converted = organizationInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  const input = converted.input;
  return saveRecord({
    id,
    values,
    listPath: "/panel/podmioty",
    write: () => panelPayload(UpdateOrganization, { id, input }, "updateOrganization"),
    savedId: (payload) => payload.organization?.id,
    refused: (payload) => refusedByOrganizationApi(values, payload.userErrors, converted.rowIndexes),
  });
}

/** Publish, archive or "verified today" for one organization. */
export async function organizationLifecycleAction(
  _previous: LifecycleState,
  formData: FormData,
): Promise<LifecycleState> {
  return runLifecycle(
    formData,
    {
      publish: ({ id }) => panelPayload(PublishOrganization, { id }, "publishOrganization"),
      archive: ({ id }) => panelPayload(ArchiveOrganization, { id }, "archiveOrganization"),
      verify: (record) => panelPayload(VerifyOrganization, record, "verifyOrganization"),
    },
    "/panel/podmioty",
  );
}

/** Adds a wojewoda's PS decision to the organization's history. */
export async function addDecisionAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const organizationId = postedId(formData);
  const values = formValues(formData);
  const converted = decisionInputFromForm(values);
  if (!converted.ok) return refusedBeforeSending(values, converted.errors);
  let payload;
  try {
    payload = await panelPayload(
      AddDecision,
      { organizationId, input: converted.input },
      "addSocialEnterpriseDecision",
    );
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

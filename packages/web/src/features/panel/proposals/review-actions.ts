"use server";

import { redirect } from "next/navigation";
import { graphql } from "@/__generated__";
import type { ChangeProposalEditsInput } from "@/__generated__/graphql";
import { panelPayload } from "@/lib/panel/panel-client";
import {
  failedFormState,
  formValues,
  rejectedFormState,
  type ApiUserError,
  type PanelFormState,
} from "../forms/form-state";
import { findProposal } from "./find-proposal";
import { proposalHref } from "./proposal-labels";
import { proposalApiMessage } from "./proposal-messages";
import { applyEdits, editFormFields, editsKey } from "./review-edits";

const AcceptChangeProposal = graphql(`
  mutation PanelAcceptChangeProposal($id: ID!, $edits: ChangeProposalEditsInput) {
    acceptChangeProposal(id: $id, edits: $edits) {
      proposal {
        id
        status
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const RejectChangeProposal = graphql(`
  mutation PanelRejectChangeProposal($id: ID!, $message: String!) {
    rejectChangeProposal(id: $id, message: $message) {
      proposal {
        id
        status
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const UNAVAILABLE = "Nie udało się zapisać decyzji. Spróbuj ponownie za chwilę.";

const polish = (errors: readonly ApiUserError[]) =>
  errors.map(({ field, message }) => ({ field, message: proposalApiMessage(message) }));

async function accept(
  id: string,
  edits: ChangeProposalEditsInput | null,
  values: Record<string, string>,
  formFields: readonly string[],
): Promise<PanelFormState> {
  let payload;
  try {
    payload = await panelPayload(AcceptChangeProposal, { id, edits }, "acceptChangeProposal");
  } catch (error) {
    console.error("Accepting a change proposal failed", error);
    return failedFormState(values, UNAVAILABLE);
  }
  if (!payload.proposal) return rejectedFormState(values, polish(payload.userErrors), formFields);
  redirect(`${proposalHref(id)}?decyzja=przyjeta`);
}

/** Accepts the proposal as the representative sent it. */
export async function acceptProposal(_previous: PanelFormState, formData: FormData): Promise<PanelFormState> {
  const values = formValues(formData);
  return accept(values.id ?? "", null, values, []);
}

/**
 * Accepts the proposal with the editor's adjustments. The proposed values come from the API again,
 * not from the form, so only the fields the form offers can differ from what was proposed.
 */
export async function acceptEditedProposal(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const values = formValues(formData);
  const id = values.id ?? "";
  let proposal;
  try {
    proposal = await findProposal(id);
  } catch (error) {
    console.error("Reading a change proposal failed", error);
    return failedFormState(values, UNAVAILABLE);
  }
  if (!proposal) return failedFormState(values, "Nie ma takiej propozycji.");
  const proposed = JSON.parse(proposal.proposedValues) as Record<string, unknown>;
  const formFields = editFormFields(proposal.targetType, proposed, proposal.diff).map((field) => field.name);
  const edited = applyEdits(proposal.targetType, proposed, values);
  if (Object.keys(edited.fieldErrors).length > 0) {
    return { ...rejectedFormState(values, [], formFields), fieldErrors: edited.fieldErrors };
  }
  const edits = { [editsKey(proposal.targetType)]: edited.values } as ChangeProposalEditsInput;
  return accept(id, edits, values, formFields);
}

/** Declines the proposal; the message, which the representative reads, is required. */
export async function rejectProposal(_previous: PanelFormState, formData: FormData): Promise<PanelFormState> {
  const values = formValues(formData);
  const id = values.id ?? "";
  const message = (values.message ?? "").trim();
  if (!message) {
    return {
      ...rejectedFormState(values, [], ["message"]),
      fieldErrors: { message: "Napisz, dlaczego propozycja jest odrzucona — przeczyta to przedstawiciel." },
    };
  }
  let payload;
  try {
    payload = await panelPayload(RejectChangeProposal, { id, message }, "rejectChangeProposal");
  } catch (error) {
    console.error("Rejecting a change proposal failed", error);
    return failedFormState(values, UNAVAILABLE);
  }
  if (!payload.proposal) return rejectedFormState(values, polish(payload.userErrors), ["message"]);
  redirect(`${proposalHref(id)}?decyzja=odrzucona`);
}

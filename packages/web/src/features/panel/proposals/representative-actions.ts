"use server";

import { graphql } from "@/__generated__";
import { currentPanelUser } from "@/lib/panel/current-user";
import { panelMutate, panelQuery } from "@/lib/panel/panel-client";
import {
  failedFormState,
  formValues,
  rejectedFormState,
  savedFormState,
  type ApiUserError,
  type PanelFormState,
} from "../forms/form-state";
import { proposalApiMessage } from "./proposal-messages";
import { loadMyService } from "./my-services-load";
import { PanelMyOrganization } from "./representative-queries";
import {
  ORGANIZATION_FORM_FIELDS,
  organizationInputOf,
  SERVICE_FORM_FIELDS,
  serviceInputOf,
  withOrganizationChanges,
  withServiceChanges,
} from "./representative-inputs";

const ProposeOrganizationChange = graphql(`
  mutation PanelProposeOrganizationChange($organizationId: ID!, $input: OrganizationInput!) {
    proposeOrganizationChange(organizationId: $organizationId, input: $input) {
      proposal {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const ProposeServiceChange = graphql(`
  mutation PanelProposeServiceChange($serviceId: ID, $input: ServiceInput!) {
    proposeServiceChange(serviceId: $serviceId, input: $input) {
      proposal {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const SENT =
  "Propozycja wysłana. Czeka na sprawdzenie przez redakcję — do tego czasu strona publiczna pokazuje dotychczasowe dane. Jej status zobaczysz w „Propozycjach zmian”.";
const UNAVAILABLE = "Nie udało się wysłać propozycji. Spróbuj ponownie za chwilę.";

const polish = (errors: readonly ApiUserError[]) =>
  errors.map(({ field, message }) => ({ field, message: proposalApiMessage(message) }));

/** A representative's proposed profile: the stored record with the form's fields put in. */
export async function proposeOrganizationChange(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const values = formValues(formData);
  try {
    const organizationId = (await currentPanelUser())?.organization?.id;
    if (!organizationId) return failedFormState(values, "Twoje konto nie reprezentuje żadnego podmiotu.");
    const { data, error } = await panelQuery(PanelMyOrganization, { id: organizationId });
    if (error || !data?.organization) throw error ?? new Error("organization not found");
    const input = withOrganizationChanges(organizationInputOf(data.organization), values);
    const offeringFields = (input.offerings ?? []).flatMap((_, index) => [
      `offerings.${index}.name`,
      `offerings.${index}.description`,
    ]);
    const result = await panelMutate(ProposeOrganizationChange, { organizationId, input });
    if (result.error || !result.data) throw result.error ?? new Error("no answer");
    const payload = result.data.proposeOrganizationChange;
    if (!payload.proposal) {
      return rejectedFormState(values, polish(payload.userErrors), [
        ...ORGANIZATION_FORM_FIELDS,
        ...offeringFields,
      ]);
    }
    return savedFormState(SENT, values);
  } catch (error) {
    console.error("Proposing an organization change failed", error);
    return failedFormState(values, UNAVAILABLE);
  }
}

/** A representative's proposed change of one of the organization's services. */
export async function proposeServiceChange(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const values = formValues(formData);
  try {
    const organizationId = (await currentPanelUser())?.organization?.id;
    if (!organizationId) return failedFormState(values, "Twoje konto nie reprezentuje żadnego podmiotu.");
    const service = await loadMyService(organizationId, values.serviceId);
    if (!service) return failedFormState(values, "Nie ma takiej usługi twojego podmiotu.");
    const changed = withServiceChanges(serviceInputOf(service), values);
    if (Object.keys(changed.fieldErrors).length > 0) {
      return { ...rejectedFormState(values, [], SERVICE_FORM_FIELDS), fieldErrors: changed.fieldErrors };
    }
    const result = await panelMutate(ProposeServiceChange, { serviceId: service.id, input: changed.input });
    if (result.error || !result.data) throw result.error ?? new Error("no answer");
    const payload = result.data.proposeServiceChange;
    if (!payload.proposal) return rejectedFormState(values, polish(payload.userErrors), SERVICE_FORM_FIELDS);
    return savedFormState(SENT, values);
  } catch (error) {
    console.error("Proposing a service change failed", error);
    return failedFormState(values, UNAVAILABLE);
  }
}

"use client";

import {
  SOCIAL_ENTERPRISE_DECISION_LABELS,
  SOCIAL_ENTERPRISE_STATUS_LABELS,
} from "@/features/organization/labels";
import type { SocialEnterpriseDecisionKind, SocialEnterpriseStatus } from "@/__generated__/graphql";
import { formatDate } from "@/lib/dates";
import { PanelSelect, PanelTextField } from "../forms/panel-fields";
import { PanelForm } from "../forms/panel-form";
import { addDecisionAction } from "./organization-actions";
import { DECISION_FIELD_LABELS as L } from "./decision-form-input";

interface Decision {
  id: string;
  decision: SocialEnterpriseDecisionKind;
  decisionDate: string;
  decisionNumber: string | null;
  effectiveFrom: string;
  voivodeshipCode: string;
}

/** The PS status ("status przedsiębiorstwa społecznego"): today's status, its history and a form for a new decision. */
export function DecisionSection(props: {
  organizationId: string;
  status: SocialEnterpriseStatus;
  decisions: readonly Decision[];
}) {
  return (
    <section aria-labelledby="status-ps">
      <h2 id="status-ps">Status przedsiębiorstwa społecznego</h2>
      <p>Dziś: {SOCIAL_ENTERPRISE_STATUS_LABELS[props.status]}.</p>
      {props.decisions.length === 0 ? (
        <p>Brak decyzji wojewody w historii.</p>
      ) : (
        <div className="record-table-scroll">
          <table className="record-table">
            <caption>Decyzje wojewody, od najstarszej</caption>
            <thead>
              <tr>
                <th scope="col">Decyzja</th>
                <th scope="col">Data decyzji</th>
                <th scope="col">Numer</th>
                <th scope="col">Obowiązuje od</th>
                <th scope="col">Województwo (TERYT)</th>
              </tr>
            </thead>
            <tbody>
              {props.decisions.map((decision) => (
                <tr key={decision.id}>
                  <th scope="row">{SOCIAL_ENTERPRISE_DECISION_LABELS[decision.decision]}</th>
                  <td>{formatDate(decision.decisionDate)}</td>
                  <td>{decision.decisionNumber ?? "—"}</td>
                  <td>{formatDate(decision.effectiveFrom)}</td>
                  <td>{decision.voivodeshipCode}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Dodaj decyzję</h3>
      <PanelForm action={addDecisionAction} submitLabel="Dodaj decyzję" labels={L}>
        <input type="hidden" name="id" value={props.organizationId} />
        <PanelSelect
          name="decision"
          label={L.decision!}
          options={Object.entries(SOCIAL_ENTERPRISE_DECISION_LABELS).map(([value, label]) => ({
            value,
            label,
          }))}
          emptyLabel="— wybierz —"
          required
        />
        <PanelTextField name="decisionDate" label={L.decisionDate!} type="date" required />
        <PanelTextField name="decisionNumber" label={L.decisionNumber!} hint="Np. WPS-II.8141.12.2025." />
        <PanelTextField
          name="effectiveFrom"
          label={L.effectiveFrom!}
          type="date"
          hint="Zostaw puste, jeśli od dnia decyzji."
        />
        <PanelTextField
          name="voivodeshipCode"
          label={L.voivodeshipCode!}
          hint="2 cyfry; podlaskie to 20."
          defaultValue="20"
          required
        />
      </PanelForm>
    </section>
  );
}

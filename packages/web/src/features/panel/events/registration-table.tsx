import type { PanelEventRegistrationsQuery } from "@/__generated__/graphql";
import { ACCESSIBILITY_NEED_LABELS_PL, EVENT_AUDIENCE_LABELS_PL } from "@obserwatorium/schema";
import { formatDateTime } from "@/lib/panel/panel-dates";
import { cancelRegistrationAction } from "./event-actions";
import { REGISTRATION_STATUS_LABELS } from "./registration-labels";
import "../records/records.css";
import "./events.css";

type Registration = PanelEventRegistrationsQuery["registrations"]["edges"][number]["node"];

function Needs(props: { registration: Registration }) {
  const { accessibilityNeeds, accessibilityNote } = props.registration;
  if (accessibilityNeeds.length === 0 && !accessibilityNote) return <>brak</>;
  return (
    <>
      {accessibilityNeeds.map((need) => ACCESSIBILITY_NEED_LABELS_PL[need]).join(", ")}
      {accessibilityNote && <p>Uwagi: {accessibilityNote}</p>}
    </>
  );
}

/**
 * An event's registrations (confirmed, then the waiting list in order, then cancelled) with who they
 * are; each standing one can be cancelled by the editor, which moves the waiting list up.
 */
export function RegistrationTable(props: { eventId: string; registrations: readonly Registration[] }) {
  if (props.registrations.length === 0) return <p>Nikt jeszcze się nie zgłosił.</p>;
  return (
    <div className="record-table-scroll">
      <table className="record-table">
        <caption>Zgłoszenia ({props.registrations.length})</caption>
        <thead>
          <tr>
            <th scope="col">Imię i nazwisko</th>
            <th scope="col">E-mail</th>
            <th scope="col">Instytucja</th>
            <th scope="col">Rola</th>
            <th scope="col">Gmina</th>
            <th scope="col">Potrzeby dostępności</th>
            <th scope="col">Status</th>
            <th scope="col">Miejsce na liście rezerwowej</th>
            <th scope="col">Zgłoszono</th>
            <th scope="col">Czynności</th>
          </tr>
        </thead>
        <tbody>
          {props.registrations.map((registration) => {
            const name = registration.name || "(dane zanonimizowane)";
            return (
              <tr key={registration.id}>
                <th scope="row">{name}</th>
                <td>{registration.email}</td>
                <td>{registration.institution}</td>
                <td>{EVENT_AUDIENCE_LABELS_PL[registration.role]}</td>
                <td>
                  {registration.gmina
                    ? `${registration.gmina.name} (${registration.gminaCode})`
                    : (registration.gminaCode ?? "nie podano")}
                </td>
                <td>
                  <Needs registration={registration} />
                </td>
                <td>
                  <span className={`badge registration-status--${registration.status.toLowerCase()}`}>
                    {REGISTRATION_STATUS_LABELS[registration.status]}
                  </span>
                  {registration.promotedAt ? (
                    <p>przeniesione z listy rezerwowej {formatDateTime(String(registration.promotedAt))}</p>
                  ) : null}
                  {registration.cancelledAt ? (
                    <p>{formatDateTime(String(registration.cancelledAt))}</p>
                  ) : null}
                </td>
                <td>{registration.waitingListPosition ?? "—"}</td>
                <td>{formatDateTime(String(registration.registeredAt))}</td>
                <td>
                  {registration.status !== "CANCELLED" && (
                    <form action={cancelRegistrationAction} className="registration-cancel">
                      <input type="hidden" name="eventId" value={props.eventId} />
                      <input type="hidden" name="registrationId" value={registration.id} />
                      <button type="submit" className="button--danger">
                        Anuluj zgłoszenie<span className="visually-hidden"> ({name})</span>
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

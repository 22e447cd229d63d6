import type { RegistrationState } from "@/__generated__/graphql";
import { formatDateTime } from "@/lib/panel/panel-dates";
import "./events.css";

export const REGISTRATION_STATE_LABELS: Record<RegistrationState, string> = {
  NOT_YET_OPEN: "zapisy jeszcze się nie zaczęły",
  OPEN: "zapisy otwarte",
  WAITING_LIST_ONLY: "brak miejsc — zapisy na listę rezerwową",
  CLOSED: "zapisy zamknięte",
  ENDED: "wydarzenie się odbyło",
};

interface CountedEvent {
  registrationState: RegistrationState;
  capacity?: number | null;
  confirmedCount: number;
  waitingListCount: number;
  placesLeft?: number | null;
  registrationOpensAt?: unknown;
  registrationClosesAt?: unknown;
}

/** Where registration stands: its state in words and the numbers behind it. */
export function EventCounts(props: { event: CountedEvent }) {
  const { event } = props;
  const opens = event.registrationOpensAt
    ? formatDateTime(String(event.registrationOpensAt))
    : "od publikacji";
  const closes = event.registrationClosesAt
    ? formatDateTime(String(event.registrationClosesAt))
    : "do rozpoczęcia wydarzenia";
  return (
    <dl className="event-counts">
      <div>
        <dt>Stan zapisów</dt>
        <dd>{REGISTRATION_STATE_LABELS[event.registrationState]}</dd>
      </div>
      <div>
        <dt>Zapisani (potwierdzeni)</dt>
        <dd>
          {event.confirmedCount} z {event.capacity ?? "bez limitu miejsc"}
        </dd>
      </div>
      <div>
        <dt>Wolne miejsca</dt>
        <dd>{event.placesLeft ?? "bez limitu"}</dd>
      </div>
      <div>
        <dt>Lista rezerwowa</dt>
        <dd>{event.waitingListCount}</dd>
      </div>
      <div>
        <dt>Okres zapisów</dt>
        <dd>
          {opens} – {closes}
        </dd>
      </div>
    </dl>
  );
}

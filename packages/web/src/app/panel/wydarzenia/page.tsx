import type { Metadata } from "next";
import { EVENT_KIND_LABELS_PL } from "@obserwatorium/schema";
import { eventSpan } from "@/features/panel/events/event-dates";
import { EventFilters } from "@/features/panel/events/event-filters";
import {
  eventListCursor,
  eventListFilter,
  eventListHref,
  eventListParams,
} from "@/features/panel/events/event-list-params";
import { PanelEvents } from "@/features/panel/events/event-queries";
import { RecordStatusBadge } from "@/features/panel/records/record-status-badge";
import { RecordTable } from "@/features/panel/records/record-table";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import type { RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Wydarzenia" };

const PAGE_SIZE = 25;
const BASE = "/panel/wydarzenia";

export default async function EventsPanelPage(props: { searchParams: Promise<RawSearchParams> }) {
  const params = eventListParams(await props.searchParams);
  const user = await requirePanelUser(eventListHref(params));
  if (!isStaff(user)) return <AccessDenied title="Wydarzenia — brak dostępu" />;
  const { data, error } = await panelQuery(PanelEvents, {
    filter: eventListFilter(params),
    first: PAGE_SIZE,
    after: eventListCursor(params, PAGE_SIZE),
  });
  if (error && !data) throw error;
  const events = data?.events.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <h1>Wydarzenia</h1>
      <p>
        <a href={`${BASE}/nowy`} className="button">
          Nowe wydarzenie
        </a>
      </p>
      <EventFilters params={params} />
      <RecordTable
        caption="Wydarzenia, od najbliższych"
        columns={[
          { header: "Tytuł", cell: (row) => <a href={`${BASE}/${row.id}`}>{row.title}</a> },
          { header: "Termin", cell: (row) => eventSpan(String(row.startsAt), String(row.endsAt)) },
          { header: "Rodzaj", cell: (row) => EVENT_KIND_LABELS_PL[row.kind] },
          {
            header: "Stan",
            cell: (row) => <RecordStatusBadge state={row.publicationState} isDemo={row.isDemo} />,
          },
          {
            header: "Zapisani / miejsca",
            cell: (row) => `${row.confirmedCount} / ${row.capacity ?? "bez limitu"}`,
          },
          { header: "Lista rezerwowa", cell: (row) => row.waitingListCount },
          {
            header: "Zgłoszenia",
            cell: (row) => (
              <a href={`${BASE}/${row.id}/zgloszenia`}>
                Zgłoszenia<span className="visually-hidden">: {row.title}</span>
              </a>
            ),
          },
        ]}
        rows={events}
        rowKey={(row) => row.id}
        totalCount={data?.events.totalCount ?? 0}
        pageSize={PAGE_SIZE}
        basePath={BASE}
        params={params}
        pageHref={(page) => eventListHref(params, page)}
        empty="Nie znaleziono wydarzeń. Zmień filtry albo dodaj wydarzenie."
      />
    </>
  );
}

import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Pagination } from "@/components/pagination";
import { EventCounts } from "@/features/panel/events/event-counts";
import { eventSpan } from "@/features/panel/events/event-dates";
import { PanelEventRecord } from "@/features/panel/events/event-queries";
import { CANCEL_OUTCOMES } from "@/features/panel/events/registration-labels";
import {
  PanelEventRegistrations,
  PanelEventRegistrationStats,
} from "@/features/panel/events/registration-queries";
import { RegistrationStats } from "@/features/panel/events/registration-stats";
import { RegistrationTable } from "@/features/panel/events/registration-table";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { getMessages } from "@/i18n/messages";
import { badUserInput } from "@/lib/graphql-errors";
import { cursorAfter, pageCount } from "@/lib/pagination";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import { firstParam, pageParam, type RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Zgłoszenia na wydarzenie" };

const PAGE_SIZE = 100;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

export default async function EventRegistrationsPage(props: Props) {
  const { id } = await props.params;
  const eventPath = `/panel/wydarzenia/${id}`;
  const path = `${eventPath}/zgloszenia`;
  const user = await requirePanelUser(path);
  if (!isStaff(user)) return <AccessDenied title="Zgłoszenia — brak dostępu" />;
  const searchParams = await props.searchParams;
  const page = pageParam(searchParams.strona);
  const [eventResult, registrationsResult, statsResult] = await Promise.all([
    panelQuery(PanelEventRecord, { id }),
    panelQuery(PanelEventRegistrations, {
      eventId: id,
      first: PAGE_SIZE,
      after: cursorAfter(page - 1, PAGE_SIZE) ?? null,
    }),
    panelQuery(PanelEventRegistrationStats, { eventId: id }),
  ]);
  if (eventResult.error && !badUserInput(eventResult.error) && !eventResult.data) throw eventResult.error;
  const event = eventResult.data?.event ?? null;
  const trail = [
    { label: "Panel", href: "/panel" },
    { label: "Wydarzenia", href: "/panel/wydarzenia" },
  ];
  if (!event) {
    return (
      <>
        <Breadcrumbs items={[...trail, { label: "Nie ma takiego wydarzenia" }]} />
        <h1>Nie ma takiego wydarzenia</h1>
        <p>
          Adres może być niepełny. <a href="/panel/wydarzenia">Wróć do listy wydarzeń</a>.
        </p>
      </>
    );
  }
  if (registrationsResult.error && !registrationsResult.data) throw registrationsResult.error;
  const connection = registrationsResult.data?.registrations;
  const registrations = connection?.edges.map((edge) => edge.node) ?? [];
  const outcome = CANCEL_OUTCOMES[firstParam(searchParams.wynik)];
  const stats = statsResult.data?.eventRegistrationStats;
  return (
    <>
      <Breadcrumbs items={[...trail, { label: event.title, href: eventPath }, { label: "Zgłoszenia" }]} />
      <h1>Zgłoszenia: {event.title}</h1>
      <p>{eventSpan(String(event.startsAt), String(event.endsAt))}</p>
      {outcome && (
        <p className={outcome.ok ? "notice notice--success" : "notice notice--error"} role="status">
          {outcome.text}
        </p>
      )}
      <EventCounts event={event} />
      <p>
        <a href={`${path}/lista.csv`} download>
          Pobierz listę uczestników (CSV)
        </a>{" "}
        — pobranie zapisujemy w dzienniku zmian, bo lista zawiera dane osobowe.
      </p>

      <section aria-labelledby="lista-zgloszen">
        <h2 id="lista-zgloszen">Lista zgłoszeń</h2>
        <p>
          Najpierw potwierdzone, potem lista rezerwowa w kolejności zgłoszeń, na końcu anulowane. Po
          anulowaniu zgłoszenia pierwsza osoba z listy rezerwowej zajmuje zwolnione miejsce.
        </p>
        <RegistrationTable eventId={event.id} registrations={registrations} />
        <Pagination
          words={getMessages("pl").pagination}
          page={page}
          pages={pageCount(connection?.totalCount ?? 0, PAGE_SIZE)}
          hrefFor={(target) => (target > 1 ? `${path}?strona=${target}` : path)}
        />
      </section>

      <section aria-labelledby="zestawienie">
        <h2 id="zestawienie">Zestawienie: kogo przeszkolono</h2>
        {stats ? (
          <RegistrationStats stats={stats} />
        ) : (
          <p>Nie udało się przygotować zestawienia — odśwież stronę za chwilę.</p>
        )}
      </section>
    </>
  );
}

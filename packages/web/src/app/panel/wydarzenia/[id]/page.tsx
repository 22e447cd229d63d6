import type { Metadata } from "next";
import { cache } from "react";
import { EVENT_KIND_LABELS_PL } from "@obserwatorium/schema";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { eventLifecycleAction } from "@/features/panel/events/event-actions";
import { EventChoiceSearch, choiceSearchParams } from "@/features/panel/events/event-choice-search";
import { findEventChoices } from "@/features/panel/events/event-choices";
import { EventCounts } from "@/features/panel/events/event-counts";
import { eventSpan } from "@/features/panel/events/event-dates";
import { EventForm } from "@/features/panel/events/event-form";
import { PanelEventRecord } from "@/features/panel/events/event-queries";
import { RecordLifecycle } from "@/features/panel/records/record-lifecycle";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { badUserInput } from "@/lib/graphql-errors";
import { currentPanelUser, isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import { firstParam, type RawSearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

const loadEvent = cache(async (id: string) => {
  const { data, error } = await panelQuery(PanelEventRecord, { id });
  if (error && !badUserInput(error) && !data) throw error;
  return data?.event ?? null;
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const user = await currentPanelUser();
  if (!user || !isStaff(user)) return { title: "Wydarzenie" };
  const event = await loadEvent((await props.params).id);
  return { title: event ? `${event.title} — edycja wydarzenia` : "Nie ma takiego wydarzenia" };
}

export default async function EventPanelPage(props: Props) {
  const { id } = await props.params;
  const path = `/panel/wydarzenia/${id}`;
  const user = await requirePanelUser(path);
  if (!isStaff(user)) return <AccessDenied title="Wydarzenie — brak dostępu" />;
  const event = await loadEvent(id);
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
  const searchParams = await props.searchParams;
  const search = choiceSearchParams(searchParams);
  const choices = await findEventChoices(search);
  const saved = firstParam(searchParams.zapisano) === "szkic";
  const publicHref = `/wydarzenia/${event.slug}`;
  return (
    <>
      <Breadcrumbs items={[...trail, { label: event.title }]} />
      <h1>{event.title}</h1>
      <p>
        {EVENT_KIND_LABELS_PL[event.kind]}, {eventSpan(String(event.startsAt), String(event.endsAt))}
      </p>
      {saved && (
        <p className="notice notice--success" role="status">
          Zapisano szkic wydarzenia. Uzupełnij dane i opublikuj je, gdy będzie gotowe.
        </p>
      )}
      <nav aria-label="Na tej stronie">
        <ul>
          <li>
            <a href="#zapisy">Zapisy</a>
          </li>
          <li>
            <a href="#dane">Dane wydarzenia</a>
          </li>
          <li>
            <a href={`#publikacja-${event.id}`}>Publikacja</a>
          </li>
          <li>
            {event.publicationState === "PUBLISHED" ? (
              <a href={publicHref}>Zobacz wydarzenie w serwisie publicznym</a>
            ) : (
              <a href="#podglad">Podgląd szkicu</a>
            )}
          </li>
        </ul>
      </nav>

      <section aria-labelledby="zapisy">
        <h2 id="zapisy">Zapisy</h2>
        <EventCounts event={event} />
        <p>
          <a href={`${path}/zgloszenia`}>Zgłoszenia uczestników i zestawienia</a>
        </p>
      </section>

      <section aria-labelledby="dane">
        <h2 id="dane">Dane wydarzenia</h2>
        <EventChoiceSearch action={path} search={search} choices={choices} />
        <EventForm event={event} choices={choices} />
      </section>

      <RecordLifecycle
        id={event.id}
        state={event.publicationState}
        isDemo={event.isDemo}
        action={eventLifecycleAction}
        publicHref={publicHref}
      />

      {event.publicationState !== "PUBLISHED" && (
        <section className="record-preview" aria-labelledby="podglad">
          <h2 id="podglad">Podgląd szkicu</h2>
          <h3>{event.title}</h3>
          <p>
            {EVENT_KIND_LABELS_PL[event.kind]}, {eventSpan(String(event.startsAt), String(event.endsAt))},{" "}
            {event.venue ? `${event.venue.name ? `${event.venue.name}, ` : ""}${event.venue.city}` : "online"}
          </p>
          <p>{event.summary}</p>
          {/* descriptionHtml is the API's sanitized rendering of the Markdown (no raw HTML, safe links). */}
          <div className="panel-preview-body" dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />
          <p>Organizator: {event.organizerName}</p>
        </section>
      )}
    </>
  );
}

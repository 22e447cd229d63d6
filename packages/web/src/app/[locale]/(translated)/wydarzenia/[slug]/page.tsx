import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { graphql } from "@/__generated__";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PrintActions } from "@/components/print-actions";
import { eventPath } from "@/features/event/event-card";
import { EventOverview } from "@/features/event/event-overview";
import { loadRegionGminas } from "@/features/event/event-gminas";
import { EventRegistration } from "@/features/event/event-registration";
import { EventRelated } from "@/features/event/event-related";
import { EVENTS_PATH } from "@/features/event/event-search";
import { EventVenueMap } from "@/features/event/event-venue-map";
import { eventJsonLd } from "@/features/seo/event-json-ld";
import { absoluteUrl } from "@/features/seo/json-ld";
import { JsonLdScript } from "@/features/seo/json-ld-script";
import { openGraph } from "@/features/seo/open-graph";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, recordLang } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { eventsPl } from "@/i18n/messages/events.pl";
import { query } from "@/lib/apollo/rsc-client";
import { mapTiles, siteUrl } from "@/lib/config";
import { SLUG, loadByKey } from "@/lib/load-by-key";
import { absolutePageUrl } from "@/lib/page-url";
import "@/features/event/event.css";

export const dynamic = "force-dynamic";

const EventPageQuery = graphql(`
  query EventPage($slug: String!) {
    event(slug: $slug) {
      id
      slug
      title
      summary
      isDemo
      descriptionHtml
      startsAtLocal
      endsAtLocal
      attendanceMode
      onlineUrl
      audiences
      organizerName
      organizer {
        slug
      }
      registrationState
      venue {
        name
        streetAddress
        postalCode
        city
        latitude
        longitude
      }
      ...EventOverview_event
      ...EventRelated_event
      ...EventRegistration_event
    }
    registrationConsent {
      ...EventRegistration_consent
    }
  }
`);

type Params = Promise<{ locale: string; slug: string }>;

/** One API call per request, shared by generateMetadata and the page (see app/podmioty/[slug]). */
const loadEvent = cache(async (rawSlug: string) => {
  const data = await loadByKey(rawSlug, SLUG, (slug) =>
    query({ query: EventPageQuery, variables: { slug }, errorPolicy: "all" }),
  );
  return data?.event ? { ...data, event: data.event } : null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const data = await loadEvent((await params).slug);
  if (!data) return { title: getMessages(locale).events.detail.notFoundTitle };
  const { event } = data;
  return {
    title: event.title,
    description: event.summary,
    openGraph: openGraph(event.title, event.summary, "article", locale),
    alternates: alternates(locale, eventPath(event.slug)),
  };
}

export default async function EventPage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const [data, gminas] = await Promise.all([loadEvent((await params).slug), loadRegionGminas()]);
  if (!data) notFound();
  const { event } = data;
  const messages = getMessages(locale);
  const words = messages.events;
  const lang = recordLang(locale);
  const path = localeHref(locale, eventPath(event.slug));
  const tiles = mapTiles();
  const base = siteUrl();
  const venue = event.venue;
  return (
    <div className="container event-page">
      <JsonLdScript
        data={eventJsonLd(
          {
            title: event.title,
            summary: event.summary,
            startsAt: event.startsAtLocal,
            endsAt: event.endsAtLocal,
            attendanceMode: event.attendanceMode,
            venue,
            onlineUrl: event.onlineUrl ?? null,
            organizer: {
              name: event.organizerName,
              url: event.organizer
                ? absoluteUrl(base, `/podmioty/${encodeURIComponent(event.organizer.slug)}`)
                : undefined,
            },
            audiences: event.audiences.map((audience) => eventsPl.audiences[audience]),
            isFull: event.registrationState === "WAITING_LIST_ONLY",
          },
          absoluteUrl(base, eventPath(event.slug)),
        )}
      />
      <Breadcrumbs
        label={messages.site.breadcrumbs}
        items={[
          { label: words.list.heading, href: localeHref(locale, EVENTS_PATH) },
          { label: <span lang={lang}>{event.title}</span> },
        ]}
      />
      <h1 lang={lang}>{event.title}</h1>
      <p className="lead" lang={lang}>
        {event.summary}
      </p>
      {locale !== "pl" && <p className="hint">{words.list.recordsInPolish}</p>}
      <PrintActions url={await absolutePageUrl(path)} words={messages.site} />
      {event.isDemo && (
        <div className="notice notice--demo">
          <p>
            <strong>{words.card.demo}.</strong> {words.detail.demoNotice}
          </p>
        </div>
      )}
      <EventOverview event={event} locale={locale} />
      <p className="event-ics">
        <a href={`/wydarzenia/kalendarz.ics?wydarzenie=${encodeURIComponent(event.slug)}`}>
          {words.detail.addToCalendar}
        </a>
      </p>
      {venue && venue.latitude != null && venue.longitude != null && tiles && (
        <EventVenueMap
          latitude={venue.latitude}
          longitude={venue.longitude}
          tiles={tiles}
          label={words.detail.map}
          caption={words.detail.mapCaption(venue.name || venue.city)}
          tilesWord={messages.serviceMap.tiles}
        />
      )}
      {event.descriptionHtml.trim() && (
        <section aria-labelledby="o-wydarzeniu">
          <h2 id="o-wydarzeniu">{words.detail.about}</h2>
          {/* descriptionHtml is the API's safe rendering of the organizer's Markdown (no raw HTML). */}
          <div className="prose" lang={lang} dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />
        </section>
      )}
      <EventRelated event={event} locale={locale} />
      <EventRegistration
        event={event}
        consent={data.registrationConsent}
        gminas={gminas}
        permalink={`${path}#zapisy`}
        locale={locale}
      />
    </div>
  );
}

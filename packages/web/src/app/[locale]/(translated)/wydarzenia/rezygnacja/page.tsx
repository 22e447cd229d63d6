import type { Metadata } from "next";
import { graphql } from "@/__generated__";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CANCELLATION_PATH } from "@/features/event/event-cancellation-link";
import { EventCancelForm } from "@/features/event/event-cancel-form";
import { eventPath } from "@/features/event/event-card";
import { EVENTS_PATH } from "@/features/event/event-search";
import { eventWhen } from "@/features/event/event-time";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, recordLang } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { SLUG } from "@/lib/load-by-key";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import "@/features/event/event.css";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  return {
    title: getMessages(locale).events.cancel.title,
    alternates: alternates(locale, CANCELLATION_PATH),
    // The address holds a private token: it must not leak to other sites nor be indexed.
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

const CancelEventQuery = graphql(`
  query CancelEventPage($slug: String!) {
    event(slug: $slug) {
      slug
      title
      startsAt
      endsAt
    }
  }
`);

/** The event the link names, to say what will be cancelled; null when it names none. */
async function namedEvent(slug: string) {
  if (!SLUG.test(slug)) return null;
  const { data } = await query({ query: CancelEventQuery, variables: { slug }, errorPolicy: "all" });
  return data?.event ?? null;
}

/**
 * The private cancellation link's page: what will be cancelled and a POST button. Opening the link
 * cancels nothing (link scanners open links too).
 */
export default async function CancelRegistrationPage(props: {
  params: Params;
  searchParams: Promise<RawSearchParams>;
}) {
  const locale = await localeOf(props.params);
  const messages = getMessages(locale);
  const words = messages.events.cancel;
  const searchParams = await props.searchParams;
  const token = firstParam(searchParams.token).slice(0, 200);
  const event = await namedEvent(firstParam(searchParams.wydarzenie));
  const lang = recordLang(locale);
  return (
    <div className="container event-cancel">
      <Breadcrumbs
        label={messages.site.breadcrumbs}
        items={[
          { label: messages.events.list.heading, href: localeHref(locale, EVENTS_PATH) },
          { label: words.title },
        ]}
      />
      <h1>{words.title}</h1>
      {token && <p className="lead">{words.lead}</p>}
      {token && (
        <dl className="facts">
          <div>
            <dt>{words.event}</dt>
            <dd>
              {event ? (
                <>
                  <a href={localeHref(locale, eventPath(event.slug))} lang={lang}>
                    {event.title}
                  </a>
                  , {eventWhen(String(event.startsAt), String(event.endsAt), locale)}
                </>
              ) : (
                words.unknownEvent
              )}
            </dd>
          </div>
        </dl>
      )}
      <EventCancelForm
        token={token}
        locale={locale}
        permalink={localeHref(locale, CANCELLATION_PATH)}
        calendarHref={localeHref(locale, EVENTS_PATH)}
        words={{
          submit: words.submit,
          doneTitle: words.doneTitle,
          done: words.done,
          notCancelled: words.notCancelled,
          noToken: words.noToken,
          calendar: words.calendar,
        }}
      />
    </div>
  );
}

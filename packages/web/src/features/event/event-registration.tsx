import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { placeLabel, toPlace } from "@/features/service/place-picker-matches";
import { localeHref, LOCALE_TAGS, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { EventRegistrationForm } from "./event-registration-form";
import { registrationFormWords } from "./event-registration-words";

export const EventRegistration_event = graphql(`
  fragment EventRegistration_event on Event {
    id
    slug
    registrationState
  }
`);

export const EventRegistration_consent = graphql(`
  fragment EventRegistration_consent on RegistrationConsent {
    version
    text
    retentionDays
  }
`);

export const EventRegistration_gminas = graphql(`
  fragment EventRegistration_gminas on TerritorialUnitConnection {
    edges {
      node {
        code
        name
        kind
        parent {
          code
          name
          kind
        }
      }
    }
  }
`);

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/**
 * "Zapisy": the registration form while registration is open (onto the waiting list when the
 * places are taken), otherwise why one cannot register.
 */
export function EventRegistration(props: {
  event: FragmentType<typeof EventRegistration_event>;
  consent: FragmentType<typeof EventRegistration_consent>;
  gminas: FragmentType<typeof EventRegistration_gminas>;
  permalink: string;
  locale: Locale;
}) {
  const { locale } = props;
  const event = getFragmentData(EventRegistration_event, props.event);
  const words = getMessages(locale).events;
  const state = event.registrationState;
  const open = state === "OPEN" || state === "WAITING_LIST_ONLY";
  return (
    <section className="event-registration" aria-labelledby="zapisy">
      <h2 id="zapisy" tabIndex={-1}>
        {words.form.heading}
      </h2>
      {open ? (
        <RegistrationForm
          {...props}
          eventId={event.id}
          slug={event.slug}
          waitingList={state === "WAITING_LIST_ONLY"}
        />
      ) : (
        <p className="notice">{words.form.closed[state]}</p>
      )}
    </section>
  );
}

function RegistrationForm(props: {
  eventId: string;
  slug: string;
  waitingList: boolean;
  consent: FragmentType<typeof EventRegistration_consent>;
  gminas: FragmentType<typeof EventRegistration_gminas>;
  permalink: string;
  locale: Locale;
}) {
  const { locale } = props;
  const words = getMessages(locale).events;
  const consent = getFragmentData(EventRegistration_consent, props.consent);
  const collator = new Intl.Collator(LOCALE_TAGS.pl);
  const gminas = getFragmentData(EventRegistration_gminas, props.gminas)
    .edges.flatMap(({ node }) => {
      const place = toPlace(node);
      return place ? [{ value: node.code, label: placeLabel(place, locale) }] : [];
    })
    .sort((a, b) => collator.compare(a.label, b.label));
  return (
    <>
      <EventRegistrationForm
        eventId={props.eventId}
        slug={props.slug}
        permalink={props.permalink}
        locale={locale}
        waitingList={props.waitingList}
        consent={{ version: consent.version, text: consent.text, lang: recordLang(locale) }}
        roles={options(words.audiences)}
        needs={options(words.needs)}
        gminas={gminas}
        words={registrationFormWords(words, consent.retentionDays)}
      />
      <p className="hint">
        <a href={localeHref(locale, "/polityka-prywatnosci")}>{words.form.privacy}</a>
      </p>
    </>
  );
}

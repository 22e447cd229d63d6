import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

export const EventRelated_event = graphql(`
  fragment EventRelated_event on Event {
    documents {
      id
      title
    }
    goodPractices {
      id
      slug
      title
    }
  }
`);

/** Documents and good practices the event is about, each a link to its page on this site. */
export function EventRelated(props: { event: FragmentType<typeof EventRelated_event>; locale: Locale }) {
  const { locale } = props;
  const { documents, goodPractices } = getFragmentData(EventRelated_event, props.event);
  const words = getMessages(locale).events.detail;
  const lang = recordLang(locale);
  return (
    <>
      {documents.length > 0 && (
        <section aria-labelledby="dokumenty-wydarzenia">
          <h2 id="dokumenty-wydarzenia">{words.documents}</h2>
          <ul>
            {documents.map((document) => (
              <li key={document.id} lang={lang}>
                <a href={localeHref(locale, `/dokumenty/${encodeURIComponent(document.id)}`)}>
                  {document.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {goodPractices.length > 0 && (
        <section aria-labelledby="praktyki-wydarzenia">
          <h2 id="praktyki-wydarzenia">{words.goodPractices}</h2>
          <ul>
            {goodPractices.map((practice) => (
              <li key={practice.id} lang={lang}>
                <a href={localeHref(locale, `/dobre-praktyki/${encodeURIComponent(practice.slug)}`)}>
                  {practice.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

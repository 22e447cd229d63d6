import { localeHref, type Locale } from "@/i18n/locales";
import { FALLBACK_PAGES } from "@/i18n/messages/fallback-pages";

/** The site's 404 message in a language. */
export function NotFoundMessage(props: { locale: Locale }) {
  const messages = FALLBACK_PAGES[props.locale].notFound;
  return (
    <div className="container">
      <h1>{messages.title}</h1>
      <p>
        {messages.text} <a href={localeHref(props.locale, "/")}>{messages.home}</a>.
      </p>
    </div>
  );
}

import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

/** The site's 404 message in a language. */
export function NotFoundMessage(props: { locale: Locale }) {
  const messages = getMessages(props.locale).notFound;
  return (
    <div className="container">
      <h1>{messages.title}</h1>
      <p>
        {messages.text} <a href={localeHref(props.locale, "/")}>{messages.home}</a>.
      </p>
    </div>
  );
}

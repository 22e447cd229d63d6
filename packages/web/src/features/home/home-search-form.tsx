import { Button } from "@/components/button";
import { localeHref, type Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";

/**
 * The home page's own search: a plain GET form to /szukaj like the one in the header, with a name
 * of its own ("Czego szukasz?") so the two search landmarks and boxes are told apart.
 */
export function HomeSearchForm(props: { locale: Locale; messages: Messages["home"] }) {
  const { locale, messages } = props;
  return (
    <form
      className="home-search"
      method="get"
      action={localeHref(locale, "/szukaj")}
      role="search"
      aria-labelledby="czego-szukasz"
    >
      <label id="czego-szukasz" htmlFor="czego-szukasz-pole">
        {messages.searchLabel}
      </label>
      <p className="hint" id="czego-szukasz-podpowiedz">
        {messages.searchHint}
      </p>
      <div className="home-search__row">
        <input
          id="czego-szukasz-pole"
          name="q"
          type="search"
          maxLength={200}
          autoComplete="off"
          aria-describedby="czego-szukasz-podpowiedz"
        />
        <Button type="submit">{messages.searchSubmit}</Button>
      </div>
    </form>
  );
}

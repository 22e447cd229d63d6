import { DEFAULT_LOCALE, localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import {
  EMPTY_SITE_SEARCH,
  SEARCH_PATH,
  siteSearchFilter,
  siteSearchHref,
  type SiteSearch,
} from "./site-search";

/** What to try when nothing matches: the completions of the first word, then general tips. */
export function SearchEmpty(props: { search: SiteSearch; didYouMean: string[]; locale?: Locale }) {
  const { search, didYouMean } = props;
  const locale = props.locale ?? DEFAULT_LOCALE;
  const words = getMessages(locale).search.empty;
  const href = (path: string) => localeHref(locale, path);
  return (
    <div className="empty-state">
      <p>
        <strong>{words.noMatch(search.text)}</strong>
      </p>
      {didYouMean.length > 0 && (
        <p className="search-did-you-mean">
          {words.didYouMean}{" "}
          {didYouMean.map((label, index) => (
            <span key={label}>
              {index > 0 && ", "}
              <a href={href(siteSearchHref({ ...search, text: label, page: 1 }))} lang={recordLang(locale)}>
                {label}
              </a>
            </span>
          ))}
          ?
        </p>
      )}
      <p id="wskazowki">{words.whatToDo}</p>
      <ul aria-labelledby="wskazowki">
        <li>{words.spelling}</li>
        <li>{words.broader}</li>
        {search.types.length > 0 && <li>{words.moreTypes}</li>}
        {siteSearchFilter(search) && (
          <li>
            <a href={href(siteSearchHref({ ...EMPTY_SITE_SEARCH, text: search.text, types: search.types }))}>
              {words.withoutFilters}
            </a>
            ,
          </li>
        )}
        <li>
          {words.browse} <a href={href("/uslugi")}>{words.services}</a>,{" "}
          <a href={href("/podmioty")}>{words.organizations}</a> {words.or}{" "}
          <a href={href("/dokumenty")}>{words.documents}</a>,
        </li>
        <li>
          <a href={href(SEARCH_PATH)}>{words.startOver}</a>.
        </li>
      </ul>
    </div>
  );
}

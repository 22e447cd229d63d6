import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

/** Plain links to the previous and next page: they work without JavaScript and can be bookmarked. */
export function ResultsPagination(props: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  locale?: Locale;
}) {
  const { page, pages, hrefFor } = props;
  if (pages <= 1) return null;
  const words = getMessages(props.locale ?? DEFAULT_LOCALE).pagination;
  return (
    <nav className="pagination" aria-label={words.label}>
      <ul>
        {page > 1 && (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              <span aria-hidden="true">← </span>
              {words.previous}
            </a>
          </li>
        )}
        <li className="pagination__current">{words.current(page, pages)}</li>
        {page < pages && (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              {words.next}
              <span aria-hidden="true"> →</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** The words of `Pagination`: a dictionary's `pagination` section. */
export type PaginationWords = {
  /** Names the navigation among the page's other ones. */
  label: string;
  /** The link names; the arrows beside them are hidden from assistive technology. */
  previous: string;
  next: string;
  current: (page: number, pages: number) => string;
};

/**
 * Plain links to the previous and next page: they work without JavaScript and can be bookmarked.
 * Nothing at all for a single page.
 */
export function Pagination(props: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  words: PaginationWords;
}) {
  const { page, pages, hrefFor, words } = props;
  if (pages <= 1) return null;
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
        <li className="pagination__current" aria-current="page">
          {words.current(page, pages)}
        </li>
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

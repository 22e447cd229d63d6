/** Plain links to the previous and next page: they work without JavaScript and can be bookmarked. */
export function ResultsPagination(props: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const { page, pages, hrefFor } = props;
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Strony wyników">
      <ul>
        {page > 1 && (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              <span aria-hidden="true">← </span>Poprzednia strona
            </a>
          </li>
        )}
        <li className="pagination__current">
          Strona {page} z {pages}
        </li>
        {page < pages && (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              Następna strona<span aria-hidden="true"> →</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

import type { ReactNode } from "react";
import { RESULTS_SUMMARY_ID } from "@/features/navigation/results-announcement";
import { Pagination, type PaginationWords } from "./pagination";

/**
 * One page of a list's results: the count (where focus goes after a search), `empty` when nothing
 * matched, a link back to the first page when `page` is past the last, the records (`children`,
 * given only when there are some) and the links to the other pages.
 */
export function ResultsList(props: {
  total: number;
  /** How many records this page holds. */
  shown: number;
  page: number;
  pages: number;
  words: {
    found: (total: number) => string;
    pageOf: (page: number, pages: number) => string;
    firstPage: string;
  };
  /** "There is no page 9…", said before the link to the first page. */
  noSuchPage: string;
  hrefFor: (page: number) => string;
  empty: ReactNode;
  pagination: PaginationWords;
  children: ReactNode;
}) {
  const { total, shown, page, pages, words } = props;
  return (
    <>
      <p className="results-count" id={RESULTS_SUMMARY_ID} tabIndex={-1}>
        {words.found(total)}
        {pages > 1 && page <= pages && ` · ${words.pageOf(page, pages)}`}
      </p>
      {total === 0 && props.empty}
      {total > 0 && shown === 0 && (
        <p className="empty-state">
          {props.noSuchPage} <a href={props.hrefFor(1)}>{words.firstPage}</a>
        </p>
      )}
      {shown > 0 && props.children}
      {page <= pages && (
        <Pagination page={page} pages={pages} hrefFor={props.hrefFor} words={props.pagination} />
      )}
    </>
  );
}

import type { ReactNode } from "react";
import { ErrorSummary } from "@/components/error-summary";
import { ResultsAnnouncer } from "./results-announcer";
import { RESULTS_SUMMARY_ID, SEARCH_ERROR_ID } from "./results-announcement";

/**
 * The top of a list page's results: the announcer of a search just made and, when the API refused
 * the search, its error summary (which then takes focus and is announced instead of `announcement`).
 * `children` (a view switch) stand between the two.
 */
export function SearchStatus(props: {
  invalid: { title: string; message: string; field?: string | null } | null;
  announcement: string;
  goToField: string;
  children?: ReactNode;
}) {
  const { invalid } = props;
  return (
    <>
      <ResultsAnnouncer
        focusId={invalid ? SEARCH_ERROR_ID : RESULTS_SUMMARY_ID}
        message={invalid ? `${invalid.title} ${invalid.message}` : props.announcement}
      />
      {props.children}
      {invalid && (
        <ErrorSummary
          id={SEARCH_ERROR_ID}
          title={invalid.title}
          message={invalid.message}
          field={invalid.field}
          goToField={props.goToField}
        />
      )}
    </>
  );
}

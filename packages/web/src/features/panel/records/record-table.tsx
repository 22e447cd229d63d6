import type { ReactNode } from "react";
import { FormField } from "@/components/form-field";
import { Pagination } from "@/components/pagination";
import { getMessages } from "@/i18n/messages";
import { pageCount } from "@/lib/pagination";
import { pluralize } from "@/lib/polish-plural";
import { recordListHref, type RecordListParams } from "./list-params";
import { PUBLICATION_STATE_LABELS, PUBLICATION_STATES } from "./publication-labels";
import "./records.css";

export interface RecordColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

/**
 * A panel list's search: a plain GET form (`q`, `stan`), so it works without JavaScript and every
 * result page has an address. Use with `recordListParams` and `RecordTable`.
 */
export function RecordSearch(props: {
  basePath: string;
  params: RecordListParams;
  label: string;
  hint?: string;
  /** Offer the publication-state filter (records with drafts; not certificates). */
  stateFilter?: boolean;
}) {
  return (
    <form
      className="record-search"
      method="get"
      action={props.basePath}
      role="search"
      aria-label={props.label}
    >
      <FormField id="szukaj-q" label={props.label} hint={props.hint}>
        {(control) => <input {...control} type="search" name="q" defaultValue={props.params.query} />}
      </FormField>
      {props.stateFilter && (
        <FormField id="szukaj-stan" label="Stan">
          {(control) => (
            <select {...control} name="stan" defaultValue={props.params.state ?? ""}>
              <option value="">szkice i opublikowane</option>
              {PUBLICATION_STATES.map((state) => (
                <option key={state} value={state}>
                  {PUBLICATION_STATE_LABELS[state]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <button type="submit">Szukaj</button>
    </form>
  );
}

/**
 * One page of records as a table: a caption with the number found, column headers with scope, the
 * first cell of each row as its row header (make it the record's name, linked to its page), and
 * plain links to the other pages.
 */
export function RecordTable<Row>(props: {
  caption: string;
  columns: readonly RecordColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  totalCount: number;
  pageSize: number;
  basePath: string;
  params: RecordListParams;
  /** Page links for a list with other parameters than RecordSearch's. */
  pageHref?: (page: number) => string;
  empty?: string;
}) {
  const { columns, rows } = props;
  const found = pluralize(props.totalCount, { one: "rekord", few: "rekordy", many: "rekordów" });
  if (rows.length === 0) {
    return <p role="status">{props.empty ?? "Nie znaleziono rekordów."}</p>;
  }
  return (
    <>
      <div className="record-table-scroll">
        <table className="record-table">
          <caption>
            {props.caption} ({found})
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={props.rowKey(row)}>
                {columns.map((column, index) =>
                  index === 0 ? (
                    <th key={column.header} scope="row">
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.header}>{column.cell(row)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        words={getMessages("pl").pagination}
        page={props.params.page}
        pages={pageCount(props.totalCount, props.pageSize)}
        hrefFor={props.pageHref ?? ((page) => recordListHref(props.basePath, props.params, page))}
      />
    </>
  );
}

import type { PanelAuditLogQuery } from "@/__generated__/graphql";
import { formatDateTime } from "@/lib/panel/panel-dates";
import { pluralize } from "@/lib/polish-plural";
import { displayDiffValue } from "../proposals/diff-rows";
import { globalIdOf, panelRecordHref } from "../queues/record-links";
import { ROLE_LABELS } from "../shell/role-labels";
import { auditLogHref, recordTypeLabel, type AuditFilterValues } from "./audit-filter";
import { actionLabel } from "./audit-labels";
import "../records/records.css";
import "./audit.css";

type Entry = PanelAuditLogQuery["auditLog"]["edges"][number]["node"];

function Changes(props: { changes: Entry["changes"] }) {
  if (props.changes.length === 0) return <>bez zmian pól</>;
  return (
    <ul className="audit-changes">
      {props.changes.map((change) => (
        <li key={change.field}>
          <strong>{change.label}</strong>: było <q>{displayDiffValue(change.before)}</q>, jest{" "}
          <q>{displayDiffValue(change.after)}</q>
        </li>
      ))}
    </ul>
  );
}

/** One page of the log: when, who, what, which record, and every changed field before and after. */
export function AuditTable(props: {
  entries: readonly Entry[];
  totalCount: number;
  values: AuditFilterValues;
}) {
  const count = pluralize(props.totalCount, { one: "wpis", few: "wpisy", many: "wpisów" });
  return (
    <div className="record-table-scroll">
      <table className="record-table audit-table">
        <caption>Wpisy dziennika, od najnowszych ({count})</caption>
        <thead>
          <tr>
            <th scope="col">Kiedy</th>
            <th scope="col">Kto</th>
            <th scope="col">Działanie</th>
            <th scope="col">Rekord</th>
            <th scope="col">Zmiany (było → jest)</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => {
            const recordHref = panelRecordHref(
              entry.entityType,
              globalIdOf(entry.entityType, entry.entityId),
            );
            const typeLabel = recordTypeLabel(entry.entityType);
            return (
              <tr key={entry.id}>
                <th scope="row">{formatDateTime(String(entry.occurredAt))}</th>
                <td>
                  {entry.actor ? (
                    <>
                      <a href={auditLogHref({ ...props.values, uzytkownik: entry.actor.id })}>
                        {entry.actor.displayName}
                        <span className="visually-hidden"> — pokaż tylko zmiany tej osoby</span>
                      </a>{" "}
                      ({ROLE_LABELS[entry.actor.role]})
                    </>
                  ) : (
                    "system, import lub anonimowe zgłoszenie"
                  )}
                </td>
                <td>
                  {actionLabel(entry.action)} <code className="audit-code">{entry.action}</code>
                </td>
                <td>
                  {recordHref ? <a href={recordHref}>{typeLabel}</a> : typeLabel}{" "}
                  <code className="audit-code">{entry.entityId}</code>{" "}
                  <a href={auditLogHref({ ...props.values, rekord: entry.entityId })}>
                    historia<span className="visually-hidden"> tego rekordu ({typeLabel})</span>
                  </a>
                </td>
                <td>
                  <Changes changes={entry.changes} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

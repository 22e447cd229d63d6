import type { PanelApiKeysQuery } from "@/__generated__/graphql";
import { formatDateTime } from "@/lib/panel/panel-dates";
import { pluralize } from "@/lib/polish-plural";
import { SCOPE_LABELS } from "./api-key-access";
import "../records/records.css";

type ApiKey = PanelApiKeysQuery["apiKeys"]["edges"][number]["node"];

const KEYS = { one: "klucz", few: "klucze", many: "kluczy" };

function status(key: ApiKey, now: number): string {
  if (key.revokedAt) return `unieważniony ${formatDateTime(String(key.revokedAt))}`;
  if (key.expiresAt && new Date(String(key.expiresAt)).getTime() <= now) return "wygasł";
  return "aktywny";
}

/** The keys with what they may do, who made them, their use and state, and a way to revoke each. */
export function ApiKeyTable(props: { keys: readonly ApiKey[]; totalCount: number; includeRevoked: boolean }) {
  const now = Date.now();
  return (
    <div className="record-table-scroll">
      <table className="record-table api-key-table">
        <caption>
          {props.includeRevoked ? "Klucze API, także unieważnione" : "Klucze API"}, od najnowszych (
          {pluralize(props.totalCount, KEYS)})
        </caption>
        <thead>
          <tr>
            <th scope="col">Nazwa i partner</th>
            <th scope="col">Początek klucza</th>
            <th scope="col">Zakres</th>
            <th scope="col">Utworzony</th>
            <th scope="col">Ostatnie użycie</th>
            <th scope="col">Ważny do</th>
            <th scope="col">Stan</th>
            <th scope="col">Działania</th>
          </tr>
        </thead>
        <tbody>
          {props.keys.map((key) => {
            const active = !key.revokedAt;
            return (
              <tr key={key.id}>
                <th scope="row">
                  {key.name}
                  <br />
                  <span className="api-key-partner">{key.partner}</span>
                </th>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td>{key.scopes.map((scope) => SCOPE_LABELS[scope]).join(", ")}</td>
                <td>
                  {formatDateTime(String(key.createdAt))}
                  <br />
                  {key.createdBy?.displayName ?? "konto usunięte"}
                </td>
                <td>{key.lastUsedAt ? formatDateTime(String(key.lastUsedAt)) : "nigdy"}</td>
                <td>{key.expiresAt ? formatDateTime(String(key.expiresAt)) : "bezterminowo"}</td>
                <td>{status(key, now)}</td>
                <td>
                  {active ? (
                    <a href={`/panel/klucze-api?uniewaznij=${encodeURIComponent(key.id)}`}>
                      Unieważnij<span className="visually-hidden"> klucz {key.name}</span>
                    </a>
                  ) : (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">brak</span>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

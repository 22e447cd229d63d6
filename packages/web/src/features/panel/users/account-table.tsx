import type { PanelUsersQuery } from "@/__generated__/graphql";
import { formatDateTime } from "@/lib/panel/panel-dates";
import { pluralize } from "@/lib/polish-plural";
import { panelRecordHref } from "../queues/record-links";
import { ROLE_LABELS } from "../shell/role-labels";
import { AccountRowActions } from "./account-actions";
import "../records/records.css";

type Account = PanelUsersQuery["users"]["edges"][number]["node"];

const ACCOUNTS = { one: "konto", few: "konta", many: "kont" };

function Status(props: { account: Account }) {
  const { isActive, activeSessionCount } = props.account;
  if (!isActive) return <>nieaktywne</>;
  return (
    <>
      aktywne
      <br />
      <span className="account-sessions">otwarte sesje: {activeSessionCount ?? 0}</span>
    </>
  );
}

/** One page of accounts: who, role, organization, state in words, last sign-in, and the actions. */
export function AccountTable(props: {
  accounts: readonly Account[];
  totalCount: number;
  includeInactive: boolean;
  viewerId: string;
}) {
  const count = pluralize(props.totalCount, ACCOUNTS);
  return (
    <div className="record-table-scroll">
      <table className="record-table account-table">
        <caption>
          {props.includeInactive ? "Konta, także nieaktywne" : "Aktywne konta"}, alfabetycznie ({count})
        </caption>
        <thead>
          <tr>
            <th scope="col">Imię i nazwisko</th>
            <th scope="col">E-mail</th>
            <th scope="col">Rola</th>
            <th scope="col">Podmiot</th>
            <th scope="col">Stan</th>
            <th scope="col">Ostatnie logowanie</th>
            <th scope="col">Działania</th>
          </tr>
        </thead>
        <tbody>
          {props.accounts.map((account) => {
            const organizationHref = account.organization
              ? panelRecordHref("Organization", account.organization.id)
              : null;
            return (
              <tr key={account.id}>
                <th scope="row">{account.displayName}</th>
                <td className="account-email">{account.email}</td>
                <td>{ROLE_LABELS[account.role]}</td>
                <td>
                  {account.organization ? (
                    organizationHref ? (
                      <a href={organizationHref}>{account.organization.name}</a>
                    ) : (
                      account.organization.name
                    )
                  ) : (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">nie dotyczy</span>
                    </>
                  )}
                </td>
                <td>
                  <Status account={account} />
                </td>
                <td>{account.lastLoginAt ? formatDateTime(String(account.lastLoginAt)) : "nigdy"}</td>
                <td>
                  {account.id === props.viewerId ? (
                    "to Twoje konto"
                  ) : (
                    <AccountRowActions
                      id={account.id}
                      name={account.displayName}
                      isActive={account.isActive !== false}
                    />
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

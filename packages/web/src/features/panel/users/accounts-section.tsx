import { panelQuery } from "@/lib/panel/panel-client";
import { usersPageHref, type AccountListParams } from "./account-list-params";
import { AccountActionsRegion } from "./account-actions";
import { AccountFilterForm } from "./account-filter-form";
import { PanelUsers } from "./account-queries";
import { AccountTable } from "./account-table";

const PAGE_SIZE = 50;

/** "Konta": who has an account, found by a GET filter, with each account's actions; paged by cursor. */
export async function AccountsSection(props: { params: AccountListParams; viewerId: string }) {
  const { params } = props;
  const valid = Object.keys(params.errors).length === 0;
  const result = valid
    ? await panelQuery(PanelUsers, {
        first: PAGE_SIZE,
        after: params.after,
        role: params.role,
        query: params.query,
        includeInactive: params.includeInactive,
      })
    : null;
  const users = result?.data?.users;
  if (result?.error && !users) console.error("Reading the accounts failed", result.error);

  return (
    <section aria-labelledby="konta">
      <h2 id="konta">Konta</h2>
      <AccountFilterForm params={params} />
      <AccountActionsRegion>
        {!valid ? (
          <p className="error-summary" role="alert">
            Popraw pola filtra oznaczone błędem.
          </p>
        ) : !users ? (
          <p className="error-summary" role="alert">
            Nie udało się odczytać listy kont. Spróbuj ponownie za chwilę.
          </p>
        ) : users.edges.length === 0 ? (
          <p role="status">Brak kont spełniających warunki filtra.</p>
        ) : (
          <>
            <AccountTable
              accounts={users.edges.map((edge) => edge.node)}
              totalCount={users.totalCount}
              includeInactive={params.includeInactive}
              viewerId={props.viewerId}
            />
            {(params.after || users.pageInfo.hasNextPage) && (
              <nav className="pagination" aria-label="Strony listy kont">
                <ul>
                  {params.after && (
                    <li>
                      <a href={usersPageHref(params.values)}>
                        <span aria-hidden="true">« </span>Pierwsze konta
                      </a>
                    </li>
                  )}
                  {users.pageInfo.hasNextPage && users.pageInfo.endCursor && (
                    <li>
                      <a href={usersPageHref(params.values, users.pageInfo.endCursor)} rel="next">
                        Następne konta<span aria-hidden="true"> →</span>
                      </a>
                    </li>
                  )}
                </ul>
              </nav>
            )}
          </>
        )}
      </AccountActionsRegion>
    </section>
  );
}

import type { Metadata } from "next";
import { auditFilterParams, auditLogHref } from "@/features/panel/audit/audit-filter";
import { AuditFilterForm } from "@/features/panel/audit/audit-filter-form";
import { PanelAuditLog } from "@/features/panel/audit/audit-log-query";
import { AuditTable } from "@/features/panel/audit/audit-table";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import type { RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Dziennik zmian" };

const PAGE_SIZE = 50;

export default async function AuditLogPage(props: { searchParams: Promise<RawSearchParams> }) {
  const raw = await props.searchParams;
  const params = auditFilterParams(raw);
  const user = await requirePanelUser(auditLogHref(params.values, params.after));
  if (!isStaff(user)) return <AccessDenied title="Dziennik zmian" />;

  const result = params.filter
    ? await panelQuery(PanelAuditLog, { filter: params.filter, first: PAGE_SIZE, after: params.after })
    : null;
  const log = result?.data?.auditLog;
  if (result?.error && !log) console.error("Reading the audit log failed", result.error);

  return (
    <>
      <h1>Dziennik zmian</h1>
      <p>
        Kto, co i kiedy zmienił — z wartościami przed zmianą i po niej. Wpisów nie można poprawiać ani usuwać.
      </p>
      <AuditFilterForm params={params} />
      {!params.filter ? (
        <p className="error-summary" role="alert">
          Popraw pola filtra oznaczone błędem.
        </p>
      ) : !log ? (
        <p className="error-summary" role="alert">
          Nie udało się odczytać dziennika dla tego filtra — sprawdź identyfikatory i spróbuj ponownie.
        </p>
      ) : log.edges.length === 0 ? (
        <p role="status">Brak wpisów spełniających warunki filtra.</p>
      ) : (
        <>
          <AuditTable
            entries={log.edges.map((edge) => edge.node)}
            totalCount={log.totalCount}
            values={params.values}
          />
          {(params.after || log.pageInfo.hasNextPage) && (
            <nav className="pagination" aria-label="Strony dziennika">
              <ul>
                {params.after && (
                  <li>
                    <a href={auditLogHref(params.values)}>
                      <span aria-hidden="true">« </span>Najnowsze wpisy
                    </a>
                  </li>
                )}
                {log.pageInfo.hasNextPage && log.pageInfo.endCursor && (
                  <li>
                    <a href={auditLogHref(params.values, log.pageInfo.endCursor)} rel="next">
                      Starsze wpisy<span aria-hidden="true"> →</span>
                    </a>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </>
      )}
    </>
  );
}

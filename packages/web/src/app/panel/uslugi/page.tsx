import type { Metadata } from "next";
import { PanelServices } from "@/features/panel/content/service/service-queries";
import { recordListCursor, recordListParams } from "@/features/panel/records/list-params";
import { RecordStatusBadge } from "@/features/panel/records/record-status-badge";
import { RecordSearch, RecordTable } from "@/features/panel/records/record-table";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { formatDate } from "@/lib/dates";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import type { RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Usługi" };

const PAGE_SIZE = 25;
const BASE = "/panel/uslugi";

export default async function ServicesPanelPage(props: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePanelUser(BASE);
  if (!isStaff(user)) return <AccessDenied title="Usługi — brak dostępu" />;
  const params = recordListParams(await props.searchParams);
  const { data, error } = await panelQuery(PanelServices, {
    filter: { text: params.query || null, publicationStates: params.state ? [params.state] : null },
    first: PAGE_SIZE,
    after: recordListCursor(params, PAGE_SIZE) ?? null,
  });
  if (error && !data) throw error;
  const services = data?.services.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <h1>Usługi</h1>
      <p>
        <a href={`${BASE}/nowy`} className="button">
          Dodaj usługę
        </a>
      </p>
      <RecordSearch
        basePath={BASE}
        params={params}
        label="Szukaj usługi"
        hint="Słowa nazwy, rodzaju, miejscowości lub usługodawcy."
        stateFilter
      />
      <RecordTable
        caption="Usługi w koszyku"
        columns={[
          { header: "Nazwa", cell: (row) => <a href={`${BASE}/${row.id}`}>{row.title}</a> },
          { header: "Usługodawca", cell: (row) => row.provider?.name ?? "—" },
          {
            header: "Stan",
            cell: (row) => <RecordStatusBadge state={row.publicationState} isDemo={row.isDemo} />,
          },
          { header: "Zmieniono", cell: (row) => formatDate(String(row.updatedAt)) },
          {
            header: "Sprawdzono",
            cell: (row) => (row.lastVerifiedAt ? formatDate(row.lastVerifiedAt) : "nigdy"),
          },
        ]}
        rows={services}
        rowKey={(row) => row.id}
        totalCount={data?.services.totalCount ?? 0}
        pageSize={PAGE_SIZE}
        basePath={BASE}
        params={params}
        empty="Nie znaleziono usług. Zmień wyszukiwanie albo dodaj usługę."
      />
    </>
  );
}

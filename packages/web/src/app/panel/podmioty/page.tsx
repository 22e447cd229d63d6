import type { Metadata } from "next";
import { LEGAL_FORM_LABELS } from "@/features/organization/labels";
import { PanelOrganizations } from "@/features/panel/organizations/organization-queries";
import { recordListCursor, recordListParams } from "@/features/panel/records/list-params";
import { RecordStatusBadge } from "@/features/panel/records/record-status-badge";
import { RecordSearch, RecordTable } from "@/features/panel/records/record-table";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { formatDate } from "@/lib/dates";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import type { RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Podmioty" };

const PAGE_SIZE = 25;
const BASE = "/panel/podmioty";

export default async function OrganizationsPanelPage(props: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePanelUser(BASE);
  if (!isStaff(user)) return <AccessDenied title="Podmioty — brak dostępu" />;
  const params = recordListParams(await props.searchParams);
  const { data, error } = await panelQuery(PanelOrganizations, {
    filter: {
      text: params.query || null,
      publicationStates: params.state ? [params.state] : null,
    },
    first: PAGE_SIZE,
    after: recordListCursor(params, PAGE_SIZE) ?? null,
  });
  if (error && !data) throw error;
  const organizations = data?.organizations.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <h1>Podmioty</h1>
      <p>
        <a href={`${BASE}/nowy`} className="record-action-link">
          Dodaj podmiot
        </a>
      </p>
      <RecordSearch
        basePath={BASE}
        params={params}
        label="Szukaj podmiotu"
        hint="Słowa nazwy albo NIP, REGON lub KRS."
        stateFilter
      />
      <RecordTable
        caption="Podmioty w rejestrze"
        columns={[
          { header: "Nazwa", cell: (row) => <a href={`${BASE}/${row.id}`}>{row.name}</a> },
          { header: "NIP", cell: (row) => row.nip ?? "—" },
          { header: "Forma prawna", cell: (row) => LEGAL_FORM_LABELS[row.legalForm] },
          {
            header: "Stan",
            cell: (row) => <RecordStatusBadge state={row.publicationState} isDemo={row.isDemo} />,
          },
          {
            header: "Sprawdzono",
            cell: (row) => (row.lastVerifiedAt ? formatDate(row.lastVerifiedAt) : "nigdy"),
          },
        ]}
        rows={organizations}
        rowKey={(row) => row.id}
        totalCount={data?.organizations.totalCount ?? 0}
        pageSize={PAGE_SIZE}
        basePath={BASE}
        params={params}
        empty="Nie znaleziono podmiotów. Zmień wyszukiwanie albo dodaj podmiot."
      />
    </>
  );
}

import type { Metadata } from "next";
import { DOCUMENT_KIND_LABELS } from "@/features/document/document-labels";
import { PanelDocuments } from "@/features/panel/content/document/document-queries";
import { recordListCursor, recordListParams } from "@/features/panel/records/list-params";
import { RecordStatusBadge } from "@/features/panel/records/record-status-badge";
import { RecordSearch, RecordTable } from "@/features/panel/records/record-table";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { formatDate } from "@/lib/dates";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import type { RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Dokumenty" };

const PAGE_SIZE = 25;
const BASE = "/panel/dokumenty";

export default async function DocumentsPanelPage(props: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePanelUser(BASE);
  if (!isStaff(user)) return <AccessDenied title="Dokumenty — brak dostępu" />;
  const params = recordListParams(await props.searchParams);
  const { data, error } = await panelQuery(PanelDocuments, {
    filter: { text: params.query || null, publicationStates: params.state ? [params.state] : null },
    first: PAGE_SIZE,
    after: recordListCursor(params, PAGE_SIZE) ?? null,
  });
  if (error && !data) throw error;
  const documents = data?.documents.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <h1>Dokumenty</h1>
      <p>
        <a href={`${BASE}/nowy`} className="button">
          Dodaj dokument
        </a>
      </p>
      <RecordSearch
        basePath={BASE}
        params={params}
        label="Szukaj dokumentu"
        hint="Słowa tytułu, treści lub miejscowości."
        stateFilter
      />
      <RecordTable
        caption="Dokumenty strategiczne i sprawozdania"
        columns={[
          { header: "Tytuł", cell: (row) => <a href={`${BASE}/${row.id}`}>{row.title}</a> },
          { header: "Rodzaj", cell: (row) => DOCUMENT_KIND_LABELS[row.kind] },
          {
            header: "Stan",
            cell: (row) => <RecordStatusBadge state={row.publicationState} isDemo={row.isDemo} />,
          },
          {
            header: "Pliki",
            cell: (row) =>
              row.files.length === 0
                ? "brak"
                : `${row.files.length}${row.files.some((file) => file.textState !== "EXTRACTED") ? " (bez tekstu)" : ""}`,
          },
          { header: "Zmieniono", cell: (row) => formatDate(String(row.updatedAt)) },
        ]}
        rows={documents}
        rowKey={(row) => row.id}
        totalCount={data?.documents.totalCount ?? 0}
        pageSize={PAGE_SIZE}
        basePath={BASE}
        params={params}
        empty="Nie znaleziono dokumentów. Zmień wyszukiwanie albo dodaj dokument."
      />
    </>
  );
}

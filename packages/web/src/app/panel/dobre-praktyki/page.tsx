import type { Metadata } from "next";
import { PanelGoodPractices } from "@/features/panel/content/good-practice/good-practice-queries";
import { recordListCursor, recordListParams } from "@/features/panel/records/list-params";
import { RecordStatusBadge } from "@/features/panel/records/record-status-badge";
import { RecordSearch, RecordTable } from "@/features/panel/records/record-table";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { formatDate } from "@/lib/dates";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import type { RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Dobre praktyki" };

const PAGE_SIZE = 25;
const BASE = "/panel/dobre-praktyki";

export default async function GoodPracticesPanelPage(props: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePanelUser(BASE);
  if (!isStaff(user)) return <AccessDenied title="Dobre praktyki — brak dostępu" />;
  const params = recordListParams(await props.searchParams);
  const { data, error } = await panelQuery(PanelGoodPractices, {
    filter: { text: params.query || null, publicationStates: params.state ? [params.state] : null },
    first: PAGE_SIZE,
    after: recordListCursor(params, PAGE_SIZE) ?? null,
  });
  if (error && !data) throw error;
  const practices = data?.goodPractices.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <h1>Dobre praktyki</h1>
      <p>
        <a href={`${BASE}/nowy`} className="button">
          Dodaj dobrą praktykę
        </a>
      </p>
      <RecordSearch
        basePath={BASE}
        params={params}
        label="Szukaj dobrej praktyki"
        hint="Słowa tytułu, opisu, miejscowości lub realizatora."
        stateFilter
      />
      <RecordTable
        caption="Dobre praktyki"
        columns={[
          { header: "Tytuł", cell: (row) => <a href={`${BASE}/${row.id}`}>{row.title}</a> },
          {
            header: "Okres",
            cell: (row) => `${row.period.fromYear}–${row.period.toYear ?? "trwa"}`,
          },
          {
            header: "Stan",
            cell: (row) => <RecordStatusBadge state={row.publicationState} isDemo={row.isDemo} />,
          },
          { header: "Zmieniono", cell: (row) => formatDate(String(row.updatedAt)) },
        ]}
        rows={practices}
        rowKey={(row) => row.id}
        totalCount={data?.goodPractices.totalCount ?? 0}
        pageSize={PAGE_SIZE}
        basePath={BASE}
        params={params}
        empty="Nie znaleziono dobrych praktyk. Zmień wyszukiwanie albo dodaj praktykę."
      />
    </>
  );
}

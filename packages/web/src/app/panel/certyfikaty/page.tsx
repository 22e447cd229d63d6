import type { Metadata } from "next";
import { CERTIFICATE_STATUS_LABELS, CERTIFICATE_TYPE_LABELS } from "@/features/organization/labels";
import { CertificateFilters } from "@/features/panel/certificates/certificate-filters";
import {
  certificateListHref,
  certificateListParams,
} from "@/features/panel/certificates/certificate-list-params";
import { PanelCertificates } from "@/features/panel/certificates/certificate-queries";
import { expiryText } from "@/features/panel/certificates/certificate-validity";
import { todayInWarsaw } from "@/features/panel/records/dates";
import { RecordTable } from "@/features/panel/records/record-table";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { formatDate } from "@/lib/dates";
import { cursorAfter } from "@/lib/pagination";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import type { RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Certyfikaty" };

const PAGE_SIZE = 25;

export default async function CertificatesPanelPage(props: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePanelUser("/panel/certyfikaty");
  if (!isStaff(user)) return <AccessDenied title="Certyfikaty — brak dostępu" />;
  const params = certificateListParams(await props.searchParams);
  const { data, error } = await panelQuery(PanelCertificates, {
    filter: {
      type: params.type,
      activeOnly: params.activeOnly || null,
      organizationId: params.organizationId,
    },
    first: PAGE_SIZE,
    after: cursorAfter(params.page - 1, PAGE_SIZE) ?? null,
  });
  if (error && !data) throw error;
  const today = todayInWarsaw();
  return (
    <>
      <h1>Certyfikaty</h1>
      <p>
        Certyfikat wydaje się ze strony podmiotu (sekcja „Certyfikaty”) albo przez{" "}
        <a href="/panel/podmioty">listę podmiotów</a>.
      </p>
      {params.organizationId && (
        <p>
          Certyfikaty jednego podmiotu.{" "}
          <a href="/panel/certyfikaty">Pokaż certyfikaty wszystkich podmiotów</a>.
        </p>
      )}
      <CertificateFilters params={params} />
      <RecordTable
        caption="Certyfikaty, od ważnych najdłużej"
        columns={[
          {
            header: "Certyfikat",
            cell: (row) => (
              <a href={`/panel/certyfikaty/${row.id}`}>
                {CERTIFICATE_TYPE_LABELS[row.type]} nr {row.number}
              </a>
            ),
          },
          {
            header: "Podmiot",
            cell: (row) =>
              row.organization ? (
                <a href={`/panel/podmioty/${row.organization.id}`}>{row.organization.name}</a>
              ) : (
                "—"
              ),
          },
          { header: "Ważny", cell: (row) => `${formatDate(row.validFrom)} – ${formatDate(row.validTo)}` },
          {
            header: "Stan",
            cell: (row) => (
              <>
                {CERTIFICATE_STATUS_LABELS[row.status]}, {expiryText(row, today)}
                <Badges>{row.isDemo && <Badge variant="demo" />}</Badges>
              </>
            ),
          },
        ]}
        rows={data?.certificates.edges.map((edge) => edge.node) ?? []}
        rowKey={(row) => row.id}
        totalCount={data?.certificates.totalCount ?? 0}
        pageSize={PAGE_SIZE}
        basePath="/panel/certyfikaty"
        params={{ query: "", state: null, page: params.page }}
        pageHref={(page) => certificateListHref(params, page)}
        empty="Nie znaleziono certyfikatów."
      />
    </>
  );
}

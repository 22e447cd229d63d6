import type { Metadata } from "next";
import { FormField } from "@/components/form-field";
import { Pagination } from "@/components/pagination";
import { getMessages } from "@/i18n/messages";
import { ProposalList } from "@/features/panel/proposals/proposal-list";
import { PanelChangeProposals } from "@/features/panel/proposals/proposal-queries";
import { STATUS_LABELS, statusParam } from "@/features/panel/proposals/proposal-labels";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import { cursorAfter, pageCount } from "@/lib/pagination";
import { firstParam, pageParam, type RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Propozycje zmian" };

const PAGE_SIZE = 20;
const ALL = "wszystkie";

export default async function ProposalsPage(props: { searchParams: Promise<RawSearchParams> }) {
  const params = await props.searchParams;
  const user = await requirePanelUser("/panel/propozycje");
  const staff = isStaff(user);
  const chosen = firstParam(params.status);
  // Editors start with what waits for them; a representative with everything they proposed.
  const status = statusParam(chosen) ?? (chosen === ALL || !staff ? null : "PENDING");
  const page = pageParam(params.strona);
  const { data, error } = await panelQuery(PanelChangeProposals, {
    status,
    first: PAGE_SIZE,
    after: cursorAfter(page - 1, PAGE_SIZE),
  });
  if (error && !data) throw error;
  const connection = data?.changeProposals ?? { totalCount: 0, edges: [] };
  const statusValue = status ?? ALL;
  const hrefFor = (target: number) =>
    `/panel/propozycje?status=${statusValue}${target > 1 ? `&strona=${target}` : ""}`;

  return (
    <>
      <h1>{staff ? "Propozycje zmian" : "Moje propozycje zmian"}</h1>
      <p>
        {staff
          ? "Zmiany zaproponowane przez przedstawicieli podmiotów. Otwórz propozycję, aby porównać ją z opublikowanym rekordem i podjąć decyzję."
          : "Zmiany, które zaproponowałeś(-aś) dla swojego podmiotu i jego usług, oraz decyzje redakcji."}
      </p>
      {!staff && (
        <p>
          <a href="/panel/moj-podmiot">Zaproponuj zmianę danych podmiotu lub usługi</a>
        </p>
      )}
      <form className="record-search" method="get" action="/panel/propozycje">
        <FormField id="filtr-status" label="Status">
          {(control) => (
            <select {...control} name="status" defaultValue={statusValue}>
              <option value="PENDING">{STATUS_LABELS.PENDING}</option>
              <option value="ACCEPTED">{STATUS_LABELS.ACCEPTED}</option>
              <option value="REJECTED">{STATUS_LABELS.REJECTED}</option>
              <option value={ALL}>wszystkie</option>
            </select>
          )}
        </FormField>
        <button type="submit">Pokaż</button>
      </form>
      {connection.edges.length === 0 ? (
        <p role="status">Brak propozycji o wybranym statusie.</p>
      ) : (
        <ProposalList
          caption={status ? `Propozycje: ${STATUS_LABELS[status]}` : "Wszystkie propozycje"}
          proposals={connection.edges.map((edge) => edge.node)}
          totalCount={connection.totalCount}
          showAuthor={staff}
        />
      )}
      <Pagination
        words={getMessages("pl").pagination}
        page={page}
        pages={pageCount(connection.totalCount, PAGE_SIZE)}
        hrefFor={hrefFor}
      />
    </>
  );
}

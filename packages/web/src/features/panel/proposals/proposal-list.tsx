import type { PanelChangeProposalsQuery } from "@/__generated__/graphql";
import { formatDateTime } from "@/lib/panel/panel-dates";
import { pluralize } from "@/lib/polish-plural";
import { proposalHref, proposalSubject, STATUS_LABELS } from "./proposal-labels";
import "../records/records.css";

export type ProposalListItem = PanelChangeProposalsQuery["changeProposals"]["edges"][number]["node"];

/** Proposals as a table: what, whose, by whom, when, and where each stands (in words). */
export function ProposalList(props: {
  caption: string;
  proposals: readonly ProposalListItem[];
  totalCount: number;
  showAuthor: boolean;
}) {
  const count = pluralize(props.totalCount, { one: "propozycja", few: "propozycje", many: "propozycji" });
  return (
    <div className="record-table-scroll">
      <table className="record-table">
        <caption>
          {props.caption} ({count})
        </caption>
        <thead>
          <tr>
            <th scope="col">Czego dotyczy</th>
            <th scope="col">Podmiot</th>
            {props.showAuthor && <th scope="col">Zgłosił(a)</th>}
            <th scope="col">Zgłoszono</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {props.proposals.map((proposal) => (
            <tr key={proposal.id}>
              <th scope="row">
                <a href={proposalHref(proposal.id)}>{proposalSubject(proposal)}</a>
              </th>
              <td>{proposal.organization.name}</td>
              {props.showAuthor && <td>{proposal.author.displayName}</td>}
              <td>{formatDateTime(String(proposal.createdAt))}</td>
              <td>
                <strong>{STATUS_LABELS[proposal.status]}</strong>
                {proposal.status === "REJECTED" && proposal.reviewMessage && (
                  <>
                    <br />
                    Uzasadnienie: {proposal.reviewMessage}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

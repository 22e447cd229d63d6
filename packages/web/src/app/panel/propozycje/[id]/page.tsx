import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findProposal } from "@/features/panel/proposals/find-proposal";
import { ProposalDiffTable } from "@/features/panel/proposals/proposal-diff-table";
import {
  proposalSubject,
  publicRecordHref,
  STATUS_LABELS,
  TARGET_LABELS,
} from "@/features/panel/proposals/proposal-labels";
import { ReviewForms } from "@/features/panel/proposals/review-forms";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { formatDateTime } from "@/lib/panel/panel-dates";
import { firstParam, type RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Propozycja zmiany" };

export default async function ProposalPage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { id } = await props.params;
  const decision = firstParam((await props.searchParams).decyzja);
  const path = `/panel/propozycje/${id}`;
  const user = await requirePanelUser(path);
  const proposal = await findProposal(decodeURIComponent(id));
  if (!proposal) notFound();
  const staff = isStaff(user);
  const publicHref = publicRecordHref(proposal);

  return (
    <>
      <p>
        <a href="/panel/propozycje">← Propozycje zmian</a>
      </p>
      <h1>Propozycja zmiany — {proposalSubject(proposal)}</h1>
      {proposal.status === "ACCEPTED" && decision === "przyjeta" && (
        <div className="notice notice--success" role="status">
          <p>Propozycja przyjęta — zmiany są już opublikowane.</p>
          {publicHref && (
            <p>
              <a href={publicHref}>Zobacz stronę publiczną</a>
            </p>
          )}
        </div>
      )}
      {proposal.status === "REJECTED" && decision === "odrzucona" && (
        <p className="notice" role="status">
          Propozycja odrzucona. Przedstawiciel zobaczy uzasadnienie.
        </p>
      )}
      <dl className="proposal-facts">
        <dt>Status</dt>
        <dd>
          <strong>{STATUS_LABELS[proposal.status]}</strong>
        </dd>
        <dt>Rodzaj</dt>
        <dd>
          {TARGET_LABELS[proposal.targetType]}
          {proposal.isNewRecord ? " (nowy rekord)" : ""}
        </dd>
        <dt>Podmiot</dt>
        <dd>{proposal.organization.name}</dd>
        <dt>Zgłosił(a)</dt>
        <dd>
          {proposal.author.displayName}, {formatDateTime(String(proposal.createdAt))}
        </dd>
        {proposal.reviewer && proposal.reviewedAt ? (
          <>
            <dt>Rozpatrzył(a)</dt>
            <dd>
              {proposal.reviewer.displayName}, {formatDateTime(String(proposal.reviewedAt))}
            </dd>
          </>
        ) : null}
        {proposal.reviewMessage && (
          <>
            <dt>Uzasadnienie redakcji</dt>
            <dd>{proposal.reviewMessage}</dd>
          </>
        )}
      </dl>
      {publicHref && proposal.status !== "PENDING" && decision !== "przyjeta" && (
        <p>
          <a href={publicHref}>Strona publiczna rekordu</a>
        </p>
      )}
      {staff && (
        <p>
          <a href={`/panel/dziennik?rekord=${encodeURIComponent(proposal.id)}`}>
            Historia tej propozycji w dzienniku zmian
          </a>
        </p>
      )}

      <h2>Zmiany</h2>
      {proposal.diff.length > 0 ? (
        <ProposalDiffTable
          caption={
            proposal.status === "ACCEPTED"
              ? "Przyjęte wartości różniące się od obecnego rekordu"
              : proposal.isNewRecord
                ? "Wartości proponowanego nowego rekordu"
                : "Zaproponowane zmiany względem opublikowanego rekordu"
          }
          changes={proposal.diff}
        />
      ) : (
        <p>
          {proposal.status === "ACCEPTED"
            ? "Zmiany zostały wprowadzone — rekord nie różni się już od propozycji."
            : "Propozycja nie różni się od obecnego rekordu."}
        </p>
      )}

      {staff && proposal.status === "PENDING" && <ReviewForms proposal={proposal} />}
    </>
  );
}

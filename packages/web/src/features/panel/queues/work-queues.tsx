import type { ReactNode } from "react";
import { graphql } from "@/__generated__";
import type { PanelWorkQueuesQuery } from "@/__generated__/graphql";
import { formatDate } from "@/lib/dates";
import { formatDateTime } from "@/lib/panel/panel-dates";
import { pluralize } from "@/lib/polish-plural";
import { proposalHref, proposalSubject } from "../proposals/proposal-labels";
import { fullQueueHref, QUEUES, type QueueKey } from "./queue-names";
import { panelRecordHref } from "./record-links";
import { resolveReport } from "./resolve-report-action";
import "./queues.css";

export const PanelWorkQueues = graphql(`
  query PanelWorkQueues($first: Int!) {
    workQueues(first: $first) {
      pendingProposals {
        totalCount
        items {
          id
          createdAt
          targetType
          isNewRecord
          organization {
            id
            name
          }
          service {
            id
            title
          }
          author {
            id
            displayName
          }
        }
      }
      outdatedReports {
        totalCount
        items {
          id
          createdAt
          message
          contact
          service {
            id
            title
          }
        }
      }
      unverifiedServices {
        totalCount
        items {
          id
          title
          lastVerifiedAt
          provider {
            name
          }
        }
      }
      expiringCertificates {
        totalCount
        items {
          id
          number
          type
          validTo
          organization {
            id
            name
          }
        }
      }
      documentsWithoutText {
        totalCount
        items {
          id
          title
          updatedAt
        }
      }
    }
  }
`);

type Queues = PanelWorkQueuesQuery["workQueues"];

const CERTIFICATE_LABELS: Record<string, string> = {
  ZAKUP_PROSPOLECZNY: "Zakup Prospołeczny",
  ZNAK_JAKOSCI_ES: "Znak Jakości Ekonomii Społecznej i Solidarnej",
};

const link = (href: string | null, text: string) => (href ? <a href={href}>{text}</a> : text);

function ReportItem(props: { report: Queues["outdatedReports"]["items"][number]; back: string }) {
  const { report } = props;
  const noteId = `notatka-${report.id}`.replace(/[^A-Za-z0-9_-]/g, "-");
  const subject = report.service?.title ?? "usługa niedostępna";
  return (
    <li>
      <p>
        {report.service ? link(panelRecordHref("Service", report.service.id), subject) : subject}
        {" — "}zgłoszono {formatDateTime(String(report.createdAt))}
      </p>
      <blockquote>{report.message}</blockquote>
      {report.contact && <p>Kontakt do zgłaszającego: {report.contact}</p>}
      <form action={resolveReport} className="queue-resolve">
        <input type="hidden" name="id" value={report.id} />
        <input type="hidden" name="wroc" value={props.back} />
        <div className="field">
          <label htmlFor={noteId}>Notatka o załatwieniu (nieobowiązkowa)</label>
          <input id={noteId} name="note" type="text" maxLength={2000} />
        </div>
        <button type="submit">
          Oznacz jako załatwione<span className="visually-hidden">: zgłoszenie — {subject}</span>
        </button>
      </form>
    </li>
  );
}

function itemsOf(queues: Queues, key: QueueKey, back: string): ReactNode[] {
  switch (key) {
    case "pendingProposals":
      return queues.pendingProposals.items.map((proposal) => (
        <li key={proposal.id}>
          {link(proposalHref(proposal.id), proposalSubject(proposal))} — {proposal.author.displayName},{" "}
          {formatDateTime(String(proposal.createdAt))}
        </li>
      ));
    case "outdatedReports":
      return queues.outdatedReports.items.map((report) => (
        <ReportItem key={report.id} report={report} back={back} />
      ));
    case "unverifiedServices":
      return queues.unverifiedServices.items.map((service) => (
        <li key={service.id}>
          {link(panelRecordHref("Service", service.id), service.title)}
          {service.provider ? ` (${service.provider.name})` : ""} — ostatnia weryfikacja:{" "}
          {service.lastVerifiedAt ? formatDate(service.lastVerifiedAt) : "nigdy"}
        </li>
      ));
    case "expiringCertificates":
      return queues.expiringCertificates.items.map((certificate) => (
        <li key={certificate.id}>
          {link(
            panelRecordHref("Certificate", certificate.id),
            `${CERTIFICATE_LABELS[certificate.type] ?? certificate.type} nr ${certificate.number}`,
          )}
          {certificate.organization ? ` — ${certificate.organization.name}` : ""} — ważny do{" "}
          {formatDate(certificate.validTo)}
        </li>
      ));
    case "documentsWithoutText":
      return queues.documentsWithoutText.items.map((document) => (
        <li key={document.id}>
          {link(panelRecordHref("Document", document.id), document.title)} — zmieniony{" "}
          {formatDateTime(String(document.updatedAt))}
        </li>
      ));
  }
}

/**
 * The editors' work queues, each with its size, its first items linked to their panel pages and a
 * link to the rest. `only` shows a single queue (its own page, with more items).
 */
export function WorkQueues(props: { queues: Queues; only: QueueKey | null; back: string }) {
  const shown = QUEUES.filter((queue) => !props.only || queue.key === props.only);
  return (
    <div className="work-queues">
      {shown.map((queue) => {
        const { totalCount } = props.queues[queue.key];
        const items = itemsOf(props.queues, queue.key, props.back);
        const headingId = `kolejka-${queue.slug}`;
        return (
          <section
            key={queue.key}
            aria-labelledby={props.only ? undefined : headingId}
            className="work-queue"
          >
            {props.only ? null : (
              <h2 id={headingId}>
                {queue.title} ({totalCount})
              </h2>
            )}
            {props.only && (
              <p>
                {pluralize(totalCount, {
                  one: "pozycja czeka",
                  few: "pozycje czekają",
                  many: "pozycji czeka",
                })}
                {items.length < totalCount ? `; poniżej pierwsze ${items.length}.` : "."}
              </p>
            )}
            {items.length === 0 ? <p>Nic nie czeka.</p> : <ul className="work-queue__items">{items}</ul>}
            {!props.only && items.length < totalCount && (
              <p>
                <a href={fullQueueHref(queue.key)}>
                  Pokaż wszystkie<span className="visually-hidden">: {queue.title}</span> ({totalCount})
                </a>
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}

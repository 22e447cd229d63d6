import type { Metadata } from "next";
import { QUEUES, DASHBOARD_ITEMS, FULL_QUEUE_ITEMS, queueParam } from "@/features/panel/queues/queue-names";
import { RepresentativeDashboard } from "@/features/panel/queues/representative-dashboard";
import { PanelWorkQueues, WorkQueues } from "@/features/panel/queues/work-queues";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import { firstParam, type RawSearchParams } from "@/lib/search-params";

export async function generateMetadata(props: { searchParams: Promise<RawSearchParams> }): Promise<Metadata> {
  const only = queueParam(firstParam((await props.searchParams).kolejka));
  return { title: QUEUES.find((queue) => queue.key === only)?.title ?? "Pulpit" };
}

function ReportNotice(props: { outcome: string }) {
  if (props.outcome === "zalatwione")
    return (
      <p className="notice notice--success" role="status">
        Zgłoszenie oznaczono jako załatwione.
      </p>
    );
  if (props.outcome === "blad")
    return (
      <p className="error-summary" role="alert">
        Nie udało się oznaczyć zgłoszenia — mogło już zostać załatwione. Spróbuj ponownie.
      </p>
    );
  return null;
}

export default async function DashboardPage(props: { searchParams: Promise<RawSearchParams> }) {
  const params = await props.searchParams;
  const user = await requirePanelUser("/panel");
  if (!isStaff(user)) {
    return (
      <>
        <h1>Pulpit</h1>
        <p>Witaj, {user.displayName}.</p>
        <RepresentativeDashboard user={user} />
      </>
    );
  }
  const only = queueParam(firstParam(params.kolejka));
  const { data, error } = await panelQuery(PanelWorkQueues, {
    first: only ? FULL_QUEUE_ITEMS : DASHBOARD_ITEMS,
  });
  if (!data) throw error ?? new Error("workQueues returned no data");
  const onlyQueue = QUEUES.find((queue) => queue.key === only);
  const back = onlyQueue ? `/panel?kolejka=${onlyQueue.slug}` : "/panel";
  return (
    <>
      {onlyQueue ? (
        <>
          <p>
            <a href="/panel">← Pulpit</a>
          </p>
          <h1>{onlyQueue.title}</h1>
        </>
      ) : (
        <>
          <h1>Pulpit</h1>
          <p>Witaj, {user.displayName}. Oto, co czeka na redakcję.</p>
        </>
      )}
      <ReportNotice outcome={firstParam(params.zgloszenie)} />
      <WorkQueues queues={data.workQueues} only={only} back={back} />
    </>
  );
}

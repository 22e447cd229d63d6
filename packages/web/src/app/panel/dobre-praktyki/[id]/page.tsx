import type { Metadata } from "next";
import { cache } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { goodPracticeLifecycleAction } from "@/features/panel/content/good-practice/good-practice-actions";
import { GoodPracticeForm } from "@/features/panel/content/good-practice/good-practice-form";
import { PanelGoodPracticeRecord } from "@/features/panel/content/good-practice/good-practice-queries";
import { RecordLifecycle } from "@/features/panel/records/record-lifecycle";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { badUserInput } from "@/lib/graphql-errors";
import { currentPanelUser, isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import { firstParam, type RawSearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

const loadPractice = cache(async (id: string) => {
  const { data, error } = await panelQuery(PanelGoodPracticeRecord, { id });
  if (error && !badUserInput(error) && !data) throw error;
  return data?.goodPractice ?? null;
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const user = await currentPanelUser();
  if (!user || !isStaff(user)) return { title: "Dobra praktyka" };
  const practice = await loadPractice((await props.params).id);
  return { title: practice ? `${practice.title} — edycja dobrej praktyki` : "Nie ma takiej dobrej praktyki" };
}

export default async function GoodPracticePanelPage(props: Props) {
  const { id } = await props.params;
  const user = await requirePanelUser(`/panel/dobre-praktyki/${id}`);
  if (!isStaff(user)) return <AccessDenied title="Dobra praktyka — brak dostępu" />;
  const practice = await loadPractice(id);
  const trail = [
    { label: "Panel", href: "/panel" },
    { label: "Dobre praktyki", href: "/panel/dobre-praktyki" },
  ];
  if (!practice) {
    return (
      <>
        <Breadcrumbs items={[...trail, { label: "Nie ma takiej dobrej praktyki" }]} />
        <h1>Nie ma takiej dobrej praktyki</h1>
        <p>
          Adres może być niepełny. <a href="/panel/dobre-praktyki">Wróć do listy dobrych praktyk</a>.
        </p>
      </>
    );
  }
  const saved = firstParam((await props.searchParams).zapisano) === "szkic";
  const publicHref = `/dobre-praktyki/${practice.slug}`;
  return (
    <>
      <Breadcrumbs items={[...trail, { label: practice.title }]} />
      <h1>{practice.title}</h1>
      {saved && (
        <p className="notice notice--success" role="status">
          Zapisano szkic dobrej praktyki. Uzupełnij dane i opublikuj ją, gdy będzie gotowa.
        </p>
      )}
      <nav aria-label="Na tej stronie">
        <ul>
          <li>
            <a href="#dane">Dane praktyki</a>
          </li>
          <li>
            <a href={`#publikacja-${practice.id}`}>Publikacja</a>
          </li>
          <li>
            {practice.publicationState === "PUBLISHED" ? (
              <a href={publicHref}>Zobacz praktykę w serwisie publicznym</a>
            ) : (
              <a href="#podglad">Podgląd szkicu</a>
            )}
          </li>
        </ul>
      </nav>

      <section aria-labelledby="dane">
        <h2 id="dane">Dane praktyki</h2>
        <GoodPracticeForm practice={practice} />
      </section>

      <RecordLifecycle
        id={practice.id}
        state={practice.publicationState}
        isDemo={practice.isDemo}
        action={goodPracticeLifecycleAction}
        publicHref={publicHref}
      />

      {practice.publicationState !== "PUBLISHED" && (
        <section className="record-preview" aria-labelledby="podglad">
          <h2 id="podglad">Podgląd szkicu</h2>
          <h3>{practice.title}</h3>
          <p>{practice.summary}</p>
          {/* bodyHtml is the API's sanitized rendering of the Markdown (no raw HTML, safe links). */}
          <div className="panel-preview-body" dangerouslySetInnerHTML={{ __html: practice.bodyHtml }} />
        </section>
      )}
    </>
  );
}

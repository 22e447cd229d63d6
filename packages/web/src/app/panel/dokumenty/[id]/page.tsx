import type { Metadata } from "next";
import { cache } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS } from "@/features/document/document-labels";
import { documentLifecycleAction } from "@/features/panel/content/document/document-actions";
import { DocumentFiles } from "@/features/panel/content/document/document-files";
import { DocumentForm } from "@/features/panel/content/document/document-form";
import { PanelDocumentRecord } from "@/features/panel/content/document/document-queries";
import { RecordLifecycle } from "@/features/panel/records/record-lifecycle";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { badUserInput } from "@/lib/graphql-errors";
import { currentPanelUser, isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import { firstParam, type RawSearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

const loadDocument = cache(async (id: string) => {
  const { data, error } = await panelQuery(PanelDocumentRecord, { id });
  if (error && !badUserInput(error) && !data) throw error;
  return data?.document ?? null;
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const user = await currentPanelUser();
  if (!user || !isStaff(user)) return { title: "Dokument" };
  const document = await loadDocument((await props.params).id);
  return { title: document ? `${document.title} — edycja dokumentu` : "Nie ma takiego dokumentu" };
}

export default async function DocumentPanelPage(props: Props) {
  const { id } = await props.params;
  const user = await requirePanelUser(`/panel/dokumenty/${id}`);
  if (!isStaff(user)) return <AccessDenied title="Dokument — brak dostępu" />;
  const document = await loadDocument(id);
  const trail = [
    { label: "Panel", href: "/panel" },
    { label: "Dokumenty", href: "/panel/dokumenty" },
  ];
  if (!document) {
    return (
      <>
        <Breadcrumbs items={[...trail, { label: "Nie ma takiego dokumentu" }]} />
        <h1>Nie ma takiego dokumentu</h1>
        <p>
          Adres może być niepełny. <a href="/panel/dokumenty">Wróć do listy dokumentów</a>.
        </p>
      </>
    );
  }
  const saved = firstParam((await props.searchParams).zapisano) === "szkic";
  const publicHref = `/dokumenty/${encodeURIComponent(document.id)}`;
  return (
    <>
      <Breadcrumbs items={[...trail, { label: document.title }]} />
      <h1>{document.title}</h1>
      {saved && (
        <p className="notice notice--success" role="status">
          Zapisano szkic dokumentu. Dodaj plik PDF i opublikuj dokument, gdy będzie gotowy.
        </p>
      )}
      <nav aria-label="Na tej stronie">
        <ul>
          <li>
            <a href="#dane">Opis dokumentu</a>
          </li>
          <li>
            <a href="#pliki">Pliki</a>
          </li>
          <li>
            <a href={`#publikacja-${document.id}`}>Publikacja</a>
          </li>
          <li>
            {document.publicationState === "PUBLISHED" ? (
              <a href={publicHref}>Zobacz dokument w serwisie publicznym</a>
            ) : (
              <a href="#podglad">Podgląd szkicu</a>
            )}
          </li>
        </ul>
      </nav>

      <section aria-labelledby="dane">
        <h2 id="dane">Opis dokumentu</h2>
        <DocumentForm document={document} />
      </section>

      <DocumentFiles document={document} />

      <RecordLifecycle
        id={document.id}
        state={document.publicationState}
        isDemo={document.isDemo}
        action={documentLifecycleAction}
        publicHref={publicHref}
      />

      {document.publicationState !== "PUBLISHED" && (
        <section className="record-preview" aria-labelledby="podglad">
          <h2 id="podglad">Podgląd szkicu</h2>
          <dl>
            <dt>Rodzaj</dt>
            <dd>{DOCUMENT_KIND_LABELS[document.kind]}</dd>
            <dt>Status</dt>
            <dd>{DOCUMENT_STATUS_LABELS[document.status]}</dd>
            <dt>Jednostka</dt>
            <dd>{document.territorialUnit?.name ?? "nie podano"}</dd>
            <dt>Streszczenie</dt>
            <dd>{document.summary || "brak"}</dd>
            <dt>Pliki</dt>
            <dd>{document.files.map((file) => file.fileName).join(", ") || "brak"}</dd>
          </dl>
        </section>
      )}
    </>
  );
}

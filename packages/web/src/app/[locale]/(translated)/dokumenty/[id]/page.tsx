import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { graphql } from "@/__generated__";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DocumentFacts } from "@/features/document/document-facts";
import { DocumentFiles } from "@/features/document/document-files";
import { documentHref, fileHref } from "@/features/document/document-format";
import { DOCUMENT_KIND_LABELS, documentLabels } from "@/features/document/document-labels";
import { loadDocumentPages } from "@/features/document/document-pages-load";
import { DOCUMENTS_PATH } from "@/features/document/document-search";
import { DocumentText } from "@/features/document/document-text";
import { documentJsonLd } from "@/features/seo/document-json-ld";
import { absoluteUrl } from "@/features/seo/json-ld";
import { JsonLdScript } from "@/features/seo/json-ld-script";
import { openGraph } from "@/features/seo/open-graph";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, recordLang } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { siteUrl } from "@/lib/config";
import { GLOBAL_ID, loadByKey } from "@/lib/load-by-key";
import "@/features/document/document-detail.css";

export const dynamic = "force-dynamic";

const DocumentPageQuery = graphql(`
  query DocumentPage($id: ID!) {
    document(id: $id) {
      id
      title
      summary
      kind
      isDemo
      act {
        body
        date
      }
      territorialUnit {
        name
      }
      files {
        id
        fileName
        textState
        pageCount
        contentType
        downloadPath
      }
      ...DocumentFacts_document
      ...DocumentFiles_document
    }
  }
`);

type Params = Promise<{ locale: string; id: string }>;

/**
 * One API call per request, shared by generateMetadata and the page; null when there is no such
 * (published) document. Only the page calls notFound() (see app/podmioty/[slug]/page.tsx).
 */
const loadDocument = cache(async (rawId: string) => {
  const data = await loadByKey(rawId, GLOBAL_ID, (id) =>
    query({ query: DocumentPageQuery, variables: { id }, errorPolicy: "all" }),
  );
  return data?.document ?? null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const words = getMessages(locale).documents.document;
  const document = await loadDocument((await params).id);
  if (!document) return { title: words.notFoundTitle };
  const description = document.summary || words.description(documentLabels(locale).kinds[document.kind]);
  return {
    title: document.title,
    description,
    openGraph: openGraph(document.title, description, "article", locale),
    alternates: alternates(locale, documentHref(document.id)),
  };
}

export default async function DocumentPage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const document = await loadDocument((await params).id);
  if (!document) notFound();
  const messages = getMessages(locale);
  const words = messages.documents.document;
  const lang = recordLang(locale);
  const readable = document.files.filter((file) => file.textState === "EXTRACTED");
  const pageCount = Math.max(0, ...readable.map((file) => file.pageCount));
  const pages = await loadDocumentPages(document.id, pageCount);
  const base = siteUrl();
  // The record's description in Polish, as the document itself: one entity on every language's page.
  const jsonLd = documentJsonLd(
    {
      title: document.title,
      summary: document.summary,
      kindLabel: DOCUMENT_KIND_LABELS[document.kind],
      adoptedOn: document.act?.date ?? null,
      publisherName: document.act?.body ?? null,
      areaName: document.territorialUnit?.name ?? null,
      files: document.files.map((file) => ({
        contentType: file.contentType,
        fileName: file.fileName,
        url: absoluteUrl(base, fileHref(file.downloadPath)),
      })),
    },
    absoluteUrl(base, documentHref(document.id)),
  );

  return (
    <div className="container document-detail">
      <JsonLdScript data={jsonLd} />
      <Breadcrumbs
        label={messages.site.breadcrumbs}
        items={[
          { label: words.breadcrumb, href: localeHref(locale, DOCUMENTS_PATH) },
          { label: <span lang={lang}>{document.title}</span> },
        ]}
      />
      <h1 lang={lang}>{document.title}</h1>
      <p className="document-detail__kind">{documentLabels(locale).kinds[document.kind]}</p>
      <Badges>{document.isDemo && <Badge variant="demo">{words.demo}</Badge>}</Badges>
      {document.isDemo && (
        <div className="notice notice--demo">
          <p>
            <strong>{words.demo}.</strong> {words.demoNotice}
          </p>
        </div>
      )}
      {document.summary && (
        <p className="document-detail__summary" lang={lang}>
          {document.summary}
        </p>
      )}
      {locale !== "pl" && <p className="hint">{messages.documents.search.recordsInPolish}</p>}

      <DocumentFacts document={document} locale={locale} />
      <DocumentFiles document={document} locale={locale} />
      <DocumentText
        locale={locale}
        files={document.files.map((file, index) => ({
          id: file.id,
          fileName: file.fileName,
          index,
          pages: pages.get(file.id) ?? [],
        }))}
      />
    </div>
  );
}

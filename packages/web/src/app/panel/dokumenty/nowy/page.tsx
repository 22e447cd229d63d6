import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DocumentForm } from "@/features/panel/content/document/document-form";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";

export const metadata: Metadata = { title: "Nowy dokument" };

export default async function NewDocumentPage() {
  const user = await requirePanelUser("/panel/dokumenty/nowy");
  if (!isStaff(user)) return <AccessDenied title="Nowy dokument — brak dostępu" />;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Panel", href: "/panel" },
          { label: "Dokumenty", href: "/panel/dokumenty" },
          { label: "Nowy dokument" },
        ]}
      />
      <h1>Nowy dokument</h1>
      <p>
        Dokument zostanie zapisany jako szkic, niewidoczny w serwisie, dopóki go nie opublikujesz. Plik PDF
        dodasz na stronie dokumentu po zapisaniu.
      </p>
      <DocumentForm document={null} />
    </>
  );
}

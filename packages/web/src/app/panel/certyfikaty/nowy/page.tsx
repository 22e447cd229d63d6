import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ROPS, offeringRowValues } from "@/features/panel/certificates/certificate-form-input";
import { PanelCertificateHolder } from "@/features/panel/certificates/certificate-queries";
import { IssueCertificateForm } from "@/features/panel/certificates/issue-certificate-form";
import { todayInWarsaw } from "@/features/panel/records/dates";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { badUserInput } from "@/lib/graphql-errors";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import { firstParam, type RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Nowy certyfikat" };

export default async function NewCertificatePage(props: { searchParams: Promise<RawSearchParams> }) {
  const organizationId = firstParam((await props.searchParams).podmiot);
  const user = await requirePanelUser(
    `/panel/certyfikaty/nowy${organizationId ? `?podmiot=${encodeURIComponent(organizationId)}` : ""}`,
  );
  if (!isStaff(user)) return <AccessDenied title="Nowy certyfikat — brak dostępu" />;
  const trail = [
    { label: "Panel", href: "/panel" },
    { label: "Certyfikaty", href: "/panel/certyfikaty" },
    { label: "Nowy certyfikat" },
  ];
  let holder = null;
  if (organizationId) {
    const { data, error } = await panelQuery(PanelCertificateHolder, { id: organizationId });
    if (error && !data && !badUserInput(error)) throw error;
    holder = data?.organization ?? null;
  }
  if (!holder) {
    return (
      <>
        <Breadcrumbs items={trail} />
        <h1>Nowy certyfikat</h1>
        <p>
          Najpierw wybierz podmiot: otwórz go na <a href="/panel/podmioty">liście podmiotów</a> i w sekcji
          „Certyfikaty” wybierz „Wydaj certyfikat temu podmiotowi”.
        </p>
      </>
    );
  }
  return (
    <>
      <Breadcrumbs items={trail} />
      <h1>Nowy certyfikat</h1>
      <p>
        Dla podmiotu: <a href={`/panel/podmioty/${holder.id}`}>{holder.name}</a>. Pozycje oferty podmiotu są
        wpisane poniżej — zostaw tylko te, które obejmuje certyfikat.
      </p>
      <IssueCertificateForm
        organizationId={holder.id}
        today={todayInWarsaw()}
        grantingBody={ROPS}
        offeringValues={offeringRowValues(holder.offerings)}
        offeringRows={holder.offerings.length + 1}
      />
    </>
  );
}

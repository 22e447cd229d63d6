import type { Metadata } from "next";
import { cache } from "react";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CERTIFICATE_STATUS_LABELS, CERTIFICATE_TYPE_LABELS } from "@/features/organization/labels";
import { offeringRowValues } from "@/features/panel/certificates/certificate-form-input";
import { PanelCertificate } from "@/features/panel/certificates/certificate-queries";
import { expiryText } from "@/features/panel/certificates/certificate-validity";
import { RenewCertificateForm } from "@/features/panel/certificates/renew-certificate-form";
import { RevokeCertificateForm } from "@/features/panel/certificates/revoke-certificate-form";
import { daysBetween, todayInWarsaw } from "@/features/panel/records/dates";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { formatDate } from "@/lib/dates";
import { badUserInput } from "@/lib/graphql-errors";
import { currentPanelUser, isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import { firstParam, type RawSearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

const loadCertificate = cache(async (id: string) => {
  const { data, error } = await panelQuery(PanelCertificate, { id });
  if (error && !data && !badUserInput(error)) throw error;
  return data?.certificate ?? null;
});

const titleOf = (certificate: { type: keyof typeof CERTIFICATE_TYPE_LABELS; number: string }) =>
  `${CERTIFICATE_TYPE_LABELS[certificate.type]} nr ${certificate.number}`;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const user = await currentPanelUser();
  if (!user || !isStaff(user)) return { title: "Certyfikat" };
  const certificate = await loadCertificate((await props.params).id);
  return { title: certificate ? `Certyfikat ${titleOf(certificate)}` : "Nie ma takiego certyfikatu" };
}

const SAVED: Record<string, string> = {
  wydano: "Wydano certyfikat.",
  odnowiono: "Odnowiono certyfikat: to jest jego nowy okres.",
  cofnieto: "Cofnięto certyfikat. Nie jest już ważny.",
};

function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export default async function CertificatePanelPage(props: Props) {
  const { id } = await props.params;
  const user = await requirePanelUser(`/panel/certyfikaty/${id}`);
  if (!isStaff(user)) return <AccessDenied title="Certyfikat — brak dostępu" />;
  const certificate = await loadCertificate(id);
  const trail = [
    { label: "Panel", href: "/panel" },
    { label: "Certyfikaty", href: "/panel/certyfikaty" },
  ];
  if (!certificate) {
    return (
      <>
        <Breadcrumbs items={[...trail, { label: "Nie ma takiego certyfikatu" }]} />
        <h1>Nie ma takiego certyfikatu</h1>
        <p>
          <a href="/panel/certyfikaty">Wróć do listy certyfikatów</a>.
        </p>
      </>
    );
  }
  const today = todayInWarsaw();
  const saved = SAVED[firstParam((await props.searchParams).zapisano)];
  const nextValidFrom = daysBetween(today, certificate.validTo) < 0 ? today : dayAfter(certificate.validTo);
  return (
    <>
      <Breadcrumbs items={[...trail, { label: titleOf(certificate) }]} />
      <h1>Certyfikat {titleOf(certificate)}</h1>
      {saved && (
        <p className="notice notice--success" role="status">
          {saved}
        </p>
      )}
      <Badges>{certificate.isDemo && <Badge variant="demo" />}</Badges>
      <dl className="facts">
        <div>
          <dt>Podmiot</dt>
          <dd>
            {certificate.organization ? (
              <a href={`/panel/podmioty/${certificate.organization.id}`}>{certificate.organization.name}</a>
            ) : (
              "—"
            )}
          </dd>
        </div>
        <div>
          <dt>Stan</dt>
          <dd>
            {CERTIFICATE_STATUS_LABELS[certificate.status]}, {expiryText(certificate, today)}
            {certificate.revokedReason ? ` — powód: ${certificate.revokedReason}` : ""}
          </dd>
        </div>
        <div>
          <dt>Ważny</dt>
          <dd>
            {formatDate(certificate.validFrom)} – {formatDate(certificate.validTo)}
          </dd>
        </div>
        <div>
          <dt>Decyzja</dt>
          <dd>
            {formatDate(certificate.decisionDate)}, {certificate.grantingBody}
          </dd>
        </div>
      </dl>
      <h2>Certyfikowane produkty i usługi</h2>
      <ul>
        {certificate.offerings.map((offering) => (
          <li key={offering.id}>
            {offering.name}
            {offering.cpvCodes.length > 0 ? ` (CPV ${offering.cpvCodes.join(", ")})` : ""}
            {offering.description ? ` — ${offering.description}` : ""}
          </li>
        ))}
      </ul>
      {!certificate.revoked && (
        <>
          <section aria-labelledby="odnowienie">
            <h2 id="odnowienie">Odnów certyfikat</h2>
            <RenewCertificateForm
              id={certificate.id}
              type={certificate.type}
              today={today}
              nextValidFrom={nextValidFrom}
              offeringValues={offeringRowValues(certificate.offerings)}
              offeringRows={certificate.offerings.length + 1}
            />
          </section>
          <section aria-labelledby="cofniecie">
            <h2 id="cofniecie">Cofnij certyfikat</h2>
            <RevokeCertificateForm id={certificate.id} />
          </section>
        </>
      )}
    </>
  );
}

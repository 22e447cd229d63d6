import type { Metadata } from "next";
import { cache } from "react";
import { getFragmentData } from "@/__generated__";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DecisionSection } from "@/features/panel/organizations/decision-section";
import {
  organizationLifecycleAction,
  updateOrganizationAction,
} from "@/features/panel/organizations/organization-actions";
import { OrganizationCertificates } from "@/features/panel/organizations/organization-certificates";
import { offeringRowCount } from "@/features/panel/organizations/organization-fields";
import { OrganizationForm } from "@/features/panel/organizations/organization-form";
import { organizationFormValues } from "@/features/panel/organizations/organization-form-input";
import { OrganizationPreview } from "@/features/panel/organizations/organization-preview";
import {
  PanelOrganization,
  PanelOrganizationEdit_organization,
} from "@/features/panel/organizations/organization-queries";
import { MarkVerifiedForm } from "@/features/panel/records/mark-verified-form";
import { RecordLifecycle } from "@/features/panel/records/record-lifecycle";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { badUserInput } from "@/lib/graphql-errors";
import { currentPanelUser, isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import { firstParam, type RawSearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

const loadOrganization = cache(async (id: string) => {
  const { data, error } = await panelQuery(PanelOrganization, { id });
  if (error && !badUserInput(error) && !data) throw error;
  return data?.organization ?? null;
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const user = await currentPanelUser();
  if (!user || !isStaff(user)) return { title: "Podmiot" };
  const organization = await loadOrganization((await props.params).id);
  return { title: organization ? `${organization.name} — edycja podmiotu` : "Nie ma takiego podmiotu" };
}

const SECTIONS = [
  ["dane", "Dane podmiotu"],
  ["publikacja", "Publikacja i aktualność"],
  ["status-ps", "Status przedsiębiorstwa społecznego"],
  ["certyfikaty-podmiotu", "Certyfikaty"],
] as const;

export default async function OrganizationPanelPage(props: Props) {
  const { id } = await props.params;
  const user = await requirePanelUser(`/panel/podmioty/${id}`);
  if (!isStaff(user)) return <AccessDenied title="Podmiot — brak dostępu" />;
  const organization = await loadOrganization(id);
  const trail = [
    { label: "Panel", href: "/panel" },
    { label: "Podmioty", href: "/panel/podmioty" },
  ];
  if (!organization) {
    return (
      <>
        <Breadcrumbs items={[...trail, { label: "Nie ma takiego podmiotu" }]} />
        <h1>Nie ma takiego podmiotu</h1>
        <p>
          Mógł zostać usunięty albo adres jest niepełny. <a href="/panel/podmioty">Wróć do listy podmiotów</a>
          .
        </p>
      </>
    );
  }
  const editable = getFragmentData(PanelOrganizationEdit_organization, organization);
  const saved = firstParam((await props.searchParams).zapisano) === "szkic";
  const publicHref = `/podmioty/${organization.slug}`;
  return (
    <>
      <Breadcrumbs items={[...trail, { label: organization.name }]} />
      <h1>{organization.name}</h1>
      {saved && (
        <p className="notice notice--success" role="status">
          Zapisano szkic podmiotu. Uzupełnij dane i opublikuj go, gdy będzie gotowy.
        </p>
      )}
      <nav aria-label="Na tej stronie">
        <ul>
          {SECTIONS.map(([anchor, label]) => (
            <li key={anchor}>
              <a href={`#${anchor}`}>{label}</a>
            </li>
          ))}
          <li>
            {organization.publicationState === "PUBLISHED" ? (
              <a href={publicHref}>Podgląd w serwisie publicznym</a>
            ) : (
              <a href="#podglad">Podgląd</a>
            )}
          </li>
        </ul>
      </nav>

      <section aria-labelledby="dane">
        <h2 id="dane">Dane podmiotu</h2>
        <OrganizationForm
          action={updateOrganizationAction}
          submitLabel="Zapisz zmiany"
          id={organization.id}
          values={organizationFormValues(editable)}
          offeringRows={offeringRowCount(editable.offerings.length)}
          seatGminaName={organization.seatGmina.name}
        />
      </section>

      <div id="publikacja">
        <RecordLifecycle
          id={organization.id}
          state={organization.publicationState}
          isDemo={organization.isDemo}
          action={organizationLifecycleAction}
          publicHref={publicHref}
        />
        <MarkVerifiedForm
          id={organization.id}
          action={organizationLifecycleAction}
          lastVerifiedAt={organization.lastVerifiedAt}
          lastVerifiedSource={organization.lastVerifiedSource}
        />
      </div>

      <DecisionSection
        organizationId={organization.id}
        status={organization.socialEnterpriseStatus}
        decisions={organization.socialEnterpriseDecisions}
      />

      <OrganizationCertificates organizationId={organization.id} certificates={organization.certificates} />

      {organization.publicationState !== "PUBLISHED" && (
        <OrganizationPreview
          organization={organization}
          archived={organization.publicationState === "ARCHIVED"}
        />
      )}
    </>
  );
}

import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { createOrganizationAction } from "@/features/panel/organizations/organization-actions";
import { offeringRowCount } from "@/features/panel/organizations/organization-fields";
import { OrganizationForm } from "@/features/panel/organizations/organization-form";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";

export const metadata: Metadata = { title: "Nowy podmiot" };

export default async function NewOrganizationPage() {
  const user = await requirePanelUser("/panel/podmioty/nowy");
  if (!isStaff(user)) return <AccessDenied title="Nowy podmiot — brak dostępu" />;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Panel", href: "/panel" },
          { label: "Podmioty", href: "/panel/podmioty" },
          { label: "Nowy podmiot" },
        ]}
      />
      <h1>Nowy podmiot</h1>
      <p>Podmiot zostanie zapisany jako szkic, niewidoczny w serwisie, dopóki go nie opublikujesz.</p>
      <OrganizationForm
        action={createOrganizationAction}
        submitLabel="Zapisz szkic"
        values={{}}
        offeringRows={offeringRowCount(0)}
      />
    </>
  );
}

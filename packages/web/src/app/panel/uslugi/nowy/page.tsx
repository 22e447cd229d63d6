import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ServiceForm } from "@/features/panel/content/service/service-form";
import { PanelProviderChoices } from "@/features/panel/content/service/service-queries";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";

export const metadata: Metadata = { title: "Nowa usługa" };

export default async function NewServicePage() {
  const user = await requirePanelUser("/panel/uslugi/nowy");
  if (!isStaff(user)) return <AccessDenied title="Nowa usługa — brak dostępu" />;
  const { data, error } = await panelQuery(PanelProviderChoices, {});
  if (error && !data) throw error;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Panel", href: "/panel" },
          { label: "Usługi", href: "/panel/uslugi" },
          { label: "Nowa usługa" },
        ]}
      />
      <h1>Nowa usługa</h1>
      <p>Usługa zostanie zapisana jako szkic, niewidoczny w serwisie, dopóki jej nie opublikujesz.</p>
      <ServiceForm service={null} providers={data?.organizations.edges.map((edge) => edge.node) ?? []} />
    </>
  );
}

import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ServiceForm } from "@/features/panel/content/service/service-form";
import { loadProviderChoices } from "@/features/panel/content/service/provider-choices-load";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";

export const metadata: Metadata = { title: "Nowa usługa" };

export default async function NewServicePage() {
  const user = await requirePanelUser("/panel/uslugi/nowy");
  if (!isStaff(user)) return <AccessDenied title="Nowa usługa — brak dostępu" />;
  const providers = await loadProviderChoices();
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
      <ServiceForm service={null} providers={providers} />
    </>
  );
}

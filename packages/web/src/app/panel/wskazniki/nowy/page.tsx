import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { IndicatorForm } from "@/features/panel/content/indicator/indicator-form";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";

export const metadata: Metadata = { title: "Nowy wskaźnik" };

export default async function NewIndicatorPage() {
  const user = await requirePanelUser("/panel/wskazniki/nowy");
  if (!isStaff(user)) return <AccessDenied title="Nowy wskaźnik — brak dostępu" />;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Panel", href: "/panel" },
          { label: "Wskaźniki", href: "/panel/wskazniki" },
          { label: "Nowy wskaźnik" },
        ]}
      />
      <h1>Nowy wskaźnik</h1>
      <p>
        Wskaźnik jest widoczny na stronie „Dane” od chwili zapisania. Wartości dodasz po zapisaniu definicji —
        pojedynczo albo importem pliku CSV.
      </p>
      <IndicatorForm indicator={null} />
    </>
  );
}

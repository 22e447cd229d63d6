import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { GoodPracticeForm } from "@/features/panel/content/good-practice/good-practice-form";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";

export const metadata: Metadata = { title: "Nowa dobra praktyka" };

export default async function NewGoodPracticePage() {
  const user = await requirePanelUser("/panel/dobre-praktyki/nowy");
  if (!isStaff(user)) return <AccessDenied title="Nowa dobra praktyka — brak dostępu" />;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Panel", href: "/panel" },
          { label: "Dobre praktyki", href: "/panel/dobre-praktyki" },
          { label: "Nowa dobra praktyka" },
        ]}
      />
      <h1>Nowa dobra praktyka</h1>
      <p>Praktyka zostanie zapisana jako szkic, niewidoczny w serwisie, dopóki jej nie opublikujesz.</p>
      <GoodPracticeForm practice={null} />
    </>
  );
}

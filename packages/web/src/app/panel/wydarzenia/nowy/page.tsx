import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EventChoiceSearch, choiceSearchParams } from "@/features/panel/events/event-choice-search";
import { findEventChoices } from "@/features/panel/events/event-choices";
import { EventForm } from "@/features/panel/events/event-form";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import type { RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Nowe wydarzenie" };

const PATH = "/panel/wydarzenia/nowy";

export default async function NewEventPage(props: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePanelUser(PATH);
  if (!isStaff(user)) return <AccessDenied title="Nowe wydarzenie — brak dostępu" />;
  const search = choiceSearchParams(await props.searchParams);
  const choices = await findEventChoices(search);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Panel", href: "/panel" },
          { label: "Wydarzenia", href: "/panel/wydarzenia" },
          { label: "Nowe wydarzenie" },
        ]}
      />
      <h1>Nowe wydarzenie</h1>
      <p>Wydarzenie zostanie zapisane jako szkic, niewidoczny w serwisie, dopóki go nie opublikujesz.</p>
      <EventChoiceSearch action={PATH} search={search} choices={choices} />
      <EventForm event={null} choices={choices} />
    </>
  );
}

import type { Metadata } from "next";
import { cache } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { serviceLifecycleAction } from "@/features/panel/content/service/service-actions";
import { ServiceForm } from "@/features/panel/content/service/service-form";
import { ServicePreview } from "@/features/panel/content/service/service-preview";
import { loadProviderChoices } from "@/features/panel/content/service/provider-choices-load";
import { PanelServiceRecord } from "@/features/panel/content/service/service-queries";
import { MarkVerifiedForm } from "@/features/panel/records/mark-verified-form";
import { RecordLifecycle } from "@/features/panel/records/record-lifecycle";
import { AccessDenied } from "@/features/panel/shell/access-denied";
import { badUserInput } from "@/lib/graphql-errors";
import { currentPanelUser, isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import { firstParam, type RawSearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

const loadService = cache(async (id: string) => {
  const { data, error } = await panelQuery(PanelServiceRecord, { id });
  if (error && !badUserInput(error) && !data) throw error;
  return data?.service ?? null;
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const user = await currentPanelUser();
  if (!user || !isStaff(user)) return { title: "Usługa" };
  const service = await loadService((await props.params).id);
  return { title: service ? `${service.title} — edycja usługi` : "Nie ma takiej usługi" };
}

export default async function ServicePanelPage(props: Props) {
  const { id } = await props.params;
  const user = await requirePanelUser(`/panel/uslugi/${id}`);
  if (!isStaff(user)) return <AccessDenied title="Usługa — brak dostępu" />;
  const service = await loadService(id);
  const trail = [
    { label: "Panel", href: "/panel" },
    { label: "Usługi", href: "/panel/uslugi" },
  ];
  if (!service) {
    return (
      <>
        <Breadcrumbs items={[...trail, { label: "Nie ma takiej usługi" }]} />
        <h1>Nie ma takiej usługi</h1>
        <p>
          Adres może być niepełny. <a href="/panel/uslugi">Wróć do listy usług</a>.
        </p>
      </>
    );
  }
  const providers = await loadProviderChoices();
  const saved = firstParam((await props.searchParams).zapisano) === "szkic";
  const publicHref = `/uslugi/${service.slug}`;
  return (
    <>
      <Breadcrumbs items={[...trail, { label: service.title }]} />
      <h1>{service.title}</h1>
      {saved && (
        <p className="notice notice--success" role="status">
          Zapisano szkic usługi. Uzupełnij dane i opublikuj ją, gdy będzie gotowa.
        </p>
      )}
      <nav aria-label="Na tej stronie">
        <ul>
          <li>
            <a href="#dane">Dane usługi</a>
          </li>
          <li>
            <a href="#publikacja">Publikacja i aktualność</a>
          </li>
          <li>
            {service.publicationState === "PUBLISHED" ? (
              <a href={publicHref}>Zobacz usługę w serwisie publicznym</a>
            ) : (
              <a href="#podglad">Podgląd szkicu</a>
            )}
          </li>
        </ul>
      </nav>

      <section aria-labelledby="dane">
        <h2 id="dane">Dane usługi</h2>
        <ServiceForm service={service} providers={providers} />
      </section>

      <div id="publikacja">
        <RecordLifecycle
          id={service.id}
          state={service.publicationState}
          isDemo={service.isDemo}
          action={serviceLifecycleAction}
          publicHref={publicHref}
        />
        <MarkVerifiedForm
          id={service.id}
          action={serviceLifecycleAction}
          lastVerifiedAt={service.lastVerifiedAt}
          lastVerifiedSource={service.lastVerifiedSource}
        />
      </div>

      {service.publicationState !== "PUBLISHED" && <ServicePreview service={service} />}
    </>
  );
}

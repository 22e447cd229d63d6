import type { Metadata } from "next";
import {
  OrganizationProposalForm,
  ServiceProposalForm,
} from "@/features/panel/proposals/representative-forms";
import { loadMyService, loadMyServiceList } from "@/features/panel/proposals/my-services-load";
import { PanelMyOrganization } from "@/features/panel/proposals/representative-queries";
import { isStaff, requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import { firstParam, type RawSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Mój podmiot" };

export default async function MyOrganizationPage(props: { searchParams: Promise<RawSearchParams> }) {
  const params = await props.searchParams;
  const user = await requirePanelUser("/panel/moj-podmiot");
  if (isStaff(user) || !user.organization) {
    return (
      <>
        <h1>Mój podmiot</h1>
        <p className="notice" role="status">
          Ta strona służy przedstawicielom podmiotów. Redaktorzy zmieniają dane w sekcji{" "}
          <a href="/panel/podmioty">Podmioty</a>.
        </p>
      </>
    );
  }
  const organizationId = user.organization.id;
  const [organizationResult, chosen] = await Promise.all([
    panelQuery(PanelMyOrganization, { id: organizationId }),
    loadMyService(organizationId, firstParam(params.usluga)),
  ]);
  const organization = organizationResult.data?.organization;
  if (!organization)
    throw organizationResult.error ?? new Error("The representative's organization is missing");

  if (chosen) {
    return (
      <>
        <p>
          <a href="/panel/moj-podmiot">← Mój podmiot</a>
        </p>
        <h1>Zaproponuj zmianę usługi: {chosen.title}</h1>
        <p>
          Zmiany zobaczy redakcja; po ich przyjęciu pojawią się na{" "}
          <a href={`/uslugi/${chosen.slug}`}>stronie publicznej usługi</a>.
        </p>
        <ServiceProposalForm service={chosen} />
      </>
    );
  }

  const services = await loadMyServiceList(organizationId);
  return (
    <>
      <h1>Mój podmiot: {organization.name}</h1>
      <p>
        Popraw dane swojego podmiotu i wyślij je redakcji. Do czasu sprawdzenia{" "}
        <a href={`/podmioty/${organization.slug}`}>strona publiczna podmiotu</a> pokazuje dotychczasowe dane.
        Status swoich propozycji zobaczysz w <a href="/panel/propozycje">Propozycjach zmian</a>.
      </p>
      <section aria-labelledby="profil">
        <h2 id="profil">Profil podmiotu</h2>
        <OrganizationProposalForm organization={organization} />
      </section>
      <section aria-labelledby="uslugi">
        <h2 id="uslugi">Usługi podmiotu</h2>
        {services.length === 0 ? (
          <p>Podmiot nie ma opublikowanych usług.</p>
        ) : (
          <ul>
            {services.map((service) => (
              <li key={service.id}>
                {service.title} —{" "}
                <a href={`/panel/moj-podmiot?usluga=${encodeURIComponent(service.id)}`}>
                  zaproponuj zmianę<span className="visually-hidden"> usługi {service.title}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

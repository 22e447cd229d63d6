import type { LegalForm, OfferingKind, PesType } from "@/__generated__/graphql";
import { LEGAL_FORM_LABELS, OFFERING_KIND_LABELS, PES_TYPE_LABELS } from "@/features/organization/labels";

/**
 * A draft's read-only preview inside the panel (the public page does not show drafts): what
 * residents will read once it is published.
 */
export function OrganizationPreview(props: {
  archived?: boolean;
  organization: {
    name: string;
    legalForm: LegalForm;
    pesType: PesType;
    nip: string | null;
    regon: string | null;
    krs: string | null;
    description: string;
    address: { streetAddress: string; postalCode: string; city: string };
    seatGmina: { name: string };
    contact: { email: string | null; phone: string | null; website: string | null };
    offerings: readonly { id: string; kind: OfferingKind; name: string; cpvCodes: readonly string[] }[];
  };
}) {
  const { organization } = props;
  const facts: [string, string | null][] = [
    ["Forma prawna", LEGAL_FORM_LABELS[organization.legalForm]],
    ["Rodzaj podmiotu", PES_TYPE_LABELS[organization.pesType]],
    [
      "Adres",
      `${organization.address.streetAddress}, ${organization.address.postalCode} ${organization.address.city} (gmina ${organization.seatGmina.name})`,
    ],
    ["NIP", organization.nip],
    ["REGON", organization.regon],
    ["KRS", organization.krs],
    ["E-mail", organization.contact.email],
    ["Telefon", organization.contact.phone],
    ["Strona internetowa", organization.contact.website],
  ];
  return (
    <section className="record-preview" aria-labelledby="podglad">
      <h2 id="podglad">Podgląd szkicu</h2>
      <p className="hint">
        Tak podmiot będzie opisany w serwisie po opublikowaniu. Szkic nie jest publiczny.
      </p>
      <h3>{organization.name}</h3>
      <dl className="facts">
        {facts
          .filter((fact): fact is [string, string] => Boolean(fact[1]))
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {organization.description && <p>{organization.description}</p>}
      {organization.offerings.length > 0 && (
        <>
          <h4>Oferta</h4>
          <ul>
            {organization.offerings.map((offering) => (
              <li key={offering.id}>
                {offering.name} ({OFFERING_KIND_LABELS[offering.kind]}
                {offering.cpvCodes.length > 0 ? `, CPV ${offering.cpvCodes.join(", ")}` : ""})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

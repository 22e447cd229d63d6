import { PanelSelect, PanelTextArea, PanelTextField } from "../forms/panel-fields";
import { PanelForm } from "../forms/panel-form";
import { proposeOrganizationChange, proposeServiceChange } from "./representative-actions";
import type { MyOrganization, MyService } from "./representative-inputs";

const ORGANIZATION_LABELS: Record<string, string> = {
  name: "Nazwa",
  shortName: "Nazwa skrócona",
  description: "Opis działalności",
  "contact.email": "E-mail",
  "contact.phone": "Telefon",
  "contact.website": "Strona internetowa",
  "address.streetAddress": "Ulica i numer",
  "address.postalCode": "Kod pocztowy",
  "address.city": "Miejscowość",
};

/** The profile fields a representative may propose changes to, filled with the published values. */
export function OrganizationProposalForm(props: { organization: MyOrganization }) {
  const { organization } = props;
  const labels = { ...ORGANIZATION_LABELS };
  organization.offerings.forEach((offering, index) => {
    labels[`offerings.${index}.name`] = `Oferta ${index + 1}: nazwa`;
    labels[`offerings.${index}.description`] = `Oferta ${index + 1}: opis`;
  });
  return (
    <PanelForm
      action={proposeOrganizationChange}
      submitLabel="Wyślij propozycję zmian"
      errorTitle="Nie wysłano — popraw wskazane pola."
      labels={labels}
    >
      <fieldset>
        <legend>Podstawowe dane</legend>
        <PanelTextField name="name" label={labels.name!} defaultValue={organization.name} required />
        <PanelTextField name="shortName" label={labels.shortName!} defaultValue={organization.shortName} />
        <PanelTextArea
          name="description"
          label={labels.description!}
          defaultValue={organization.description}
          rows={8}
        />
      </fieldset>
      <fieldset>
        <legend>Kontakt</legend>
        <PanelTextField
          name="contact.email"
          label={labels["contact.email"]!}
          type="email"
          defaultValue={organization.contact.email}
        />
        <PanelTextField
          name="contact.phone"
          label={labels["contact.phone"]!}
          type="tel"
          defaultValue={organization.contact.phone}
        />
        <PanelTextField
          name="contact.website"
          label={labels["contact.website"]!}
          type="url"
          defaultValue={organization.contact.website}
        />
      </fieldset>
      <fieldset>
        <legend>Adres siedziby</legend>
        <PanelTextField
          name="address.streetAddress"
          label={labels["address.streetAddress"]!}
          defaultValue={organization.address.streetAddress}
          required
        />
        <PanelTextField
          name="address.postalCode"
          label={labels["address.postalCode"]!}
          hint="W postaci NN-NNN, np. 15-001."
          defaultValue={organization.address.postalCode}
          required
        />
        <PanelTextField
          name="address.city"
          label={labels["address.city"]!}
          defaultValue={organization.address.city}
          required
        />
      </fieldset>
      {organization.offerings.length > 0 && (
        <fieldset>
          <legend>Oferowane produkty i usługi</legend>
          {organization.offerings.map((offering, index) => (
            <div key={index}>
              <PanelTextField
                name={`offerings.${index}.name`}
                label={labels[`offerings.${index}.name`]!}
                defaultValue={offering.name}
                required
              />
              <PanelTextArea
                name={`offerings.${index}.description`}
                label={labels[`offerings.${index}.description`]!}
                defaultValue={offering.description}
                rows={3}
              />
            </div>
          ))}
        </fieldset>
      )}
    </PanelForm>
  );
}

const SERVICE_LABELS: Record<string, string> = {
  title: "Nazwa usługi",
  description: "Opis",
  "howToApply.text": "Jak skorzystać (kontakt, zgłoszenie)",
  "howToApply.requiredDocuments": "Wymagane dokumenty",
  "cost.kind": "Odpłatność",
  "cost.amount": "Kwota (zł)",
  "cost.unit": "Za co płaci się kwotę",
  "cost.explanation": "Zasady odpłatności",
  waitingTimeText: "Czas oczekiwania",
};

const COST_OPTIONS = [
  { value: "FREE", label: "bezpłatna" },
  { value: "PAID", label: "odpłatna" },
  { value: "PARTLY_PAID", label: "częściowo odpłatna" },
  { value: "INCOME_DEPENDENT", label: "odpłatność zależna od dochodu" },
];

/** A simpler form for one service: its description, how to apply and the cost. */
export function ServiceProposalForm(props: { service: MyService }) {
  const { service } = props;
  return (
    <PanelForm
      action={proposeServiceChange}
      submitLabel="Wyślij propozycję zmian usługi"
      errorTitle="Nie wysłano — popraw wskazane pola."
      labels={SERVICE_LABELS}
    >
      <input type="hidden" name="serviceId" value={service.id} />
      <PanelTextField name="title" label={SERVICE_LABELS.title!} defaultValue={service.title} required />
      <PanelTextArea
        name="description"
        label={SERVICE_LABELS.description!}
        defaultValue={service.description}
        rows={6}
        required
      />
      <PanelTextArea
        name="howToApply.text"
        label={SERVICE_LABELS["howToApply.text"]!}
        defaultValue={service.howToApply.text}
        required
      />
      <PanelTextArea
        name="howToApply.requiredDocuments"
        label={SERVICE_LABELS["howToApply.requiredDocuments"]!}
        hint="Każdy dokument w osobnym wierszu."
        defaultValue={service.howToApply.requiredDocuments.join("\n")}
        rows={3}
      />
      <fieldset>
        <legend>Koszt</legend>
        <PanelSelect
          name="cost.kind"
          label={SERVICE_LABELS["cost.kind"]!}
          options={COST_OPTIONS}
          defaultValue={service.cost.kind}
          required
        />
        <PanelTextField
          name="cost.amount"
          label={SERVICE_LABELS["cost.amount"]!}
          hint="Tylko dla usługi odpłatnej, np. 12,50."
          defaultValue={service.cost.amount === null ? "" : String(service.cost.amount)}
        />
        <PanelTextField
          name="cost.unit"
          label={SERVICE_LABELS["cost.unit"]!}
          defaultValue={service.cost.unit}
        />
        <PanelTextArea
          name="cost.explanation"
          label={SERVICE_LABELS["cost.explanation"]!}
          defaultValue={service.cost.explanation}
          rows={3}
        />
      </fieldset>
      <PanelTextField
        name="waitingTimeText"
        label={SERVICE_LABELS.waitingTimeText!}
        defaultValue={service.waitingTimeText}
      />
    </PanelForm>
  );
}

import {
  ACCESSIBILITY_FEATURE_LABELS,
  COST_KIND_LABELS,
  DELIVERY_MODE_LABELS,
  LANGUAGE_LABELS,
  SERVICE_TYPE_LABELS,
  TARGET_GROUP_LABELS,
} from "@/features/service/service-labels";
import { PanelCheckbox, PanelSelect, PanelTextArea, PanelTextField } from "../../forms/panel-fields";
import { PanelForm } from "../../forms/panel-form";
import { PanelCheckboxGroup } from "../shared/panel-checkbox-group";
import { optionsOf } from "../shared/options";
import { saveServiceAction } from "./service-actions";
import { serviceFormLabels } from "./service-fields";
import { locationDefaults, type ServiceRecord } from "./service-form-defaults";
import { ServiceLocations } from "./service-locations";
import "../shared/content.css";

const ROWS_LABELLED = Array.from({ length: 20 }, (_, row) => row);

/**
 * A service's fields grouped as a resident reads them; saving a new one makes a draft. Field names
 * are the API's input paths, so its errors land at their fields.
 */
export function ServiceForm(props: {
  service: ServiceRecord | null;
  providers: readonly { id: string; name: string }[];
}) {
  const { service } = props;
  const providers = [...props.providers];
  if (service?.provider && !providers.some((provider) => provider.id === service.provider!.id))
    providers.unshift(service.provider);
  return (
    <PanelForm
      action={saveServiceAction}
      submitLabel={service ? "Zapisz zmiany" : "Zapisz szkic"}
      labels={serviceFormLabels(ROWS_LABELLED)}
      className="panel-form--wide"
    >
      {service && <input type="hidden" name="id" value={service.id} />}
      <fieldset>
        <legend>Podstawowe informacje</legend>
        <PanelTextField name="title" label="Nazwa usługi" required defaultValue={service?.title} />
        <PanelSelect
          name="serviceType"
          label="Rodzaj usługi"
          required
          emptyLabel="— wybierz —"
          options={optionsOf(SERVICE_TYPE_LABELS)}
          defaultValue={service?.serviceType}
        />
        <PanelSelect
          name="providerId"
          label="Usługodawca"
          emptyLabel="— bez usługodawcy —"
          options={providers.map((provider) => ({ value: provider.id, label: provider.name }))}
          defaultValue={service?.provider?.id}
        />
        <PanelTextArea
          name="description"
          label="Opis"
          required
          rows={6}
          defaultValue={service?.description}
        />
        <PanelTextField
          name="slug"
          label="Adres strony (slug)"
          hint="Końcówka adresu /uslugi/…; pusty — utworzymy go z nazwy."
          defaultValue={service?.slug}
        />
      </fieldset>
      <fieldset>
        <legend>Dla kogo</legend>
        <PanelCheckboxGroup
          name="targetGroups"
          legend="Grupy odbiorców"
          options={optionsOf(TARGET_GROUP_LABELS)}
          defaultValues={service?.targetGroups}
        />
        <PanelTextArea
          name="eligibility.text"
          label="Kto może skorzystać"
          rows={3}
          defaultValue={service?.eligibility.text}
        />
        <PanelTextField
          name="eligibility.minAge"
          label="Wiek od"
          type="number"
          defaultValue={service?.eligibility.minAge?.toString()}
        />
        <PanelTextField
          name="eligibility.maxAge"
          label="Wiek do"
          type="number"
          defaultValue={service?.eligibility.maxAge?.toString()}
        />
        <PanelCheckbox
          name="eligibility.disabilityCertificateRequired"
          label="Potrzebne orzeczenie o niepełnosprawności"
          defaultChecked={service?.eligibility.disabilityCertificateRequired}
        />
        <PanelCheckbox
          name="eligibility.incomeCriterion"
          label="Obowiązuje kryterium dochodowe"
          defaultChecked={service?.eligibility.incomeCriterion}
        />
        <PanelCheckbox
          name="eligibility.residenceRequired"
          label="Tylko dla mieszkańców obszaru działania"
          defaultChecked={service?.eligibility.residenceRequired}
        />
      </fieldset>
      <fieldset>
        <legend>Sposób realizacji</legend>
        <PanelCheckboxGroup
          name="deliveryModes"
          legend="Forma realizacji"
          required
          options={optionsOf(DELIVERY_MODE_LABELS)}
          defaultValues={service?.deliveryModes ?? ["ON_SITE"]}
        />
        <PanelCheckboxGroup
          name="languages"
          legend="Języki"
          hint="Bez wyboru — polski."
          options={optionsOf(LANGUAGE_LABELS)}
          defaultValues={service?.languages}
        />
        <PanelCheckboxGroup
          name="accessibilityFeatures"
          legend="Dostępność"
          options={optionsOf(ACCESSIBILITY_FEATURE_LABELS)}
          defaultValues={service?.accessibilityFeatures}
        />
      </fieldset>
      <fieldset>
        <legend>Odpłatność</legend>
        <PanelSelect
          name="cost.kind"
          label="Odpłatność"
          required
          options={optionsOf(COST_KIND_LABELS)}
          defaultValue={service?.cost.kind ?? "FREE"}
        />
        <PanelTextField
          name="cost.amount"
          label="Cena w złotych"
          hint="Tylko dla usługi odpłatnej, np. 12,50."
          defaultValue={service?.cost.amount?.toString().replace(".", ",")}
        />
        <PanelTextField
          name="cost.unit"
          label="Za co jest cena"
          hint="Np. „za godzinę”; wymagane, gdy podano cenę."
          defaultValue={service?.cost.unit}
        />
        <PanelTextArea
          name="cost.explanation"
          label="Zasady odpłatności"
          hint="Wymagane, gdy odpłatność jest częściowa lub zależy od dochodu."
          rows={3}
          defaultValue={service?.cost.explanation}
        />
      </fieldset>
      <fieldset>
        <legend>Jak skorzystać</legend>
        <PanelTextArea
          name="howToApply.text"
          label="Jak skorzystać"
          required
          rows={4}
          defaultValue={service?.howToApply.text}
        />
        <PanelTextArea
          name="howToApply.requiredDocuments"
          label="Potrzebne dokumenty"
          hint="Każdy dokument w osobnym wierszu."
          rows={3}
          defaultValue={service?.howToApply.requiredDocuments.join("\n")}
        />
        <PanelTextArea
          name="waitingTimeText"
          label="Miejsca i czas oczekiwania"
          rows={2}
          defaultValue={service?.waitingTimeText}
        />
        <PanelTextField name="legalBasis" label="Podstawa prawna" defaultValue={service?.legalBasis} />
      </fieldset>
      <fieldset>
        <legend>Obszar działania i miejsca</legend>
        <PanelTextArea
          name="areaCodes"
          label="Obszar działania (kody TERYT)"
          hint="Kody województw (2 cyfry), powiatów (4) lub gmin (7), oddzielone spacjami. Usługa potrzebuje obszaru albo co najmniej jednego miejsca."
          rows={2}
          defaultValue={service?.areasServed.map((area) => area.code).join(" ")}
        />
        <ServiceLocationsSlot service={service} />
      </fieldset>
      <fieldset>
        <legend>Ważność i aktualność</legend>
        <PanelTextField
          name="validFrom"
          label="Obowiązuje od"
          type="date"
          defaultValue={service?.validFrom}
        />
        <PanelTextField name="validTo" label="Obowiązuje do" type="date" defaultValue={service?.validTo} />
        <PanelTextField
          name="lastVerifiedAt"
          label="Data sprawdzenia danych"
          type="date"
          defaultValue={service?.lastVerifiedAt}
        />
        <PanelTextField
          name="lastVerifiedSource"
          label="Jak sprawdzono dane"
          hint="Wymagane z datą sprawdzenia, np. „telefon do OPS”."
          defaultValue={service?.lastVerifiedSource}
        />
      </fieldset>
    </PanelForm>
  );
}

function ServiceLocationsSlot(props: { service: ServiceRecord | null }) {
  return <ServiceLocations locations={(props.service?.locations ?? []).map(locationDefaults)} />;
}

"use client";

import { useEffect, useState } from "react";
import { LEGAL_FORM_LABELS, OFFERING_KIND_LABELS, PES_TYPE_LABELS } from "@/features/organization/labels";
import { fieldId, type PanelFormState } from "../forms/form-state";
import { PanelCheckbox, PanelSelect, PanelTextArea, PanelTextField } from "../forms/panel-fields";
import { PanelForm } from "../forms/panel-form";
import { ORGANIZATION_FIELD_LABELS as L, organizationFormLabels } from "./organization-fields";

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/**
 * Every field of OrganizationInput, grouped; field names are the API's input paths, so the API's
 * errors land at their fields. Offerings are a repeatable group: the stored rows and one empty row
 * (enough without JavaScript), and with JavaScript a button adds more empty rows.
 */
export function OrganizationForm(props: {
  action: (state: PanelFormState, formData: FormData) => Promise<PanelFormState>;
  submitLabel: string;
  /** The stored values by field name (empty for a new organization). */
  values: Record<string, string>;
  /** Hidden `id` for an update. */
  id?: string;
  offeringRows: number;
  /** The name of the seat's gmina, shown beside its code. */
  seatGminaName?: string | null;
}) {
  const { values } = props;
  const [rows, setRows] = useState(props.offeringRows);
  const [scripted, setScripted] = useState(false);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  useEffect(() => setScripted(true), []);
  useEffect(() => {
    if (focusRow !== null) document.getElementById(fieldId(`offerings.${focusRow}.kind`))?.focus();
  }, [focusRow]);
  useEffect(() => setRows((current) => Math.max(current, props.offeringRows)), [props.offeringRows]);
  const field = (name: string) => ({ name, label: L[name]!, defaultValue: values[name] });

  return (
    <PanelForm action={props.action} submitLabel={props.submitLabel} labels={organizationFormLabels(rows)}>
      {props.id && <input type="hidden" name="id" value={props.id} />}
      <fieldset>
        <legend>Dane identyfikacyjne</legend>
        <PanelTextField {...field("name")} required />
        <PanelTextField {...field("shortName")} />
        <PanelTextField
          {...field("slug")}
          hint="Część adresu strony w serwisie, np. spoldzielnia-socjalna-alfa. Zostaw puste, aby utworzyć ją z nazwy."
        />
        <PanelSelect
          {...field("legalForm")}
          options={options(LEGAL_FORM_LABELS)}
          emptyLabel="— wybierz —"
          required
        />
        <PanelSelect
          {...field("pesType")}
          options={options(PES_TYPE_LABELS)}
          emptyLabel="— wybierz —"
          required
        />
        <PanelTextField
          {...field("foundingBody")}
          hint="Wymagany dla CIS, KIS, ZAZ i WTZ, np. „Gmina Łapy”."
        />
        <PanelTextField {...field("nip")} hint="10 cyfr, z kreskami lub bez, np. 526-025-09-95." />
        <PanelTextField {...field("regon")} hint="9 albo 14 cyfr." />
        <PanelTextField {...field("krs")} hint="10 cyfr, z zerami na początku, np. 0000123456." />
        <PanelCheckbox name="isActive" label={L.isActive!} defaultChecked={values.isActive !== "false"} />
      </fieldset>

      <fieldset>
        <legend>Adres siedziby i obszar działania</legend>
        <PanelTextField {...field("address.streetAddress")} required />
        <PanelTextField {...field("address.postalCode")} hint="Postać NN-NNN, np. 15-001." required />
        <PanelTextField {...field("address.city")} required />
        <PanelTextField
          {...field("address.gminaCode")}
          hint={`7 cyfr kodu TERYT gminy, np. 2061011 (Białystok).${
            props.seatGminaName ? ` Teraz: ${props.seatGminaName}.` : ""
          }`}
          required
        />
        <PanelTextField
          {...field("coordinates.latitude")}
          hint="Stopnie dziesiętne, np. 53.1325. Opcjonalnie."
        />
        <PanelTextField
          {...field("coordinates.longitude")}
          hint="Stopnie dziesiętne, np. 23.1688. Opcjonalnie."
        />
        <PanelTextArea
          {...field("areaCodes")}
          rows={2}
          hint="Kody TERYT województw (2 cyfry), powiatów (4) lub gmin (7), oddzielone przecinkami, np. 2002, 2061011."
        />
      </fieldset>

      <fieldset>
        <legend>Kontakt</legend>
        <PanelTextField {...field("contact.email")} type="email" />
        <PanelTextField {...field("contact.phone")} type="tel" hint="Np. 85 123 45 67." />
        <PanelTextField {...field("contact.website")} type="url" hint="Pełny adres, np. https://alfa.pl." />
      </fieldset>

      <fieldset>
        <legend>Zatrudnienie</legend>
        <PanelTextField {...field("employeeCount")} type="number" />
        <PanelTextField
          {...field("employeesAtRiskCount")}
          type="number"
          hint="Nie więcej niż liczba zatrudnionych."
        />
      </fieldset>

      <fieldset>
        <legend>Opis</legend>
        <PanelTextArea {...field("description")} rows={8} />
      </fieldset>

      <fieldset>
        <legend>Oferta: produkty i usługi</legend>
        <p className="hint">
          Ostatnia, pusta pozycja służy do dodania nowej. Aby usunąć pozycję, wyczyść jej nazwę, opis i kody
          CPV.
        </p>
        {Array.from({ length: rows }, (_, row) => (
          <fieldset key={row} className="panel-repeat">
            <legend>Pozycja {row + 1}</legend>
            <PanelSelect
              name={`offerings.${row}.kind`}
              label="Rodzaj"
              options={options(OFFERING_KIND_LABELS)}
              defaultValue={values[`offerings.${row}.kind`] ?? "SERVICE"}
            />
            <PanelTextField
              name={`offerings.${row}.name`}
              label="Nazwa"
              defaultValue={values[`offerings.${row}.name`]}
            />
            <PanelTextArea
              name={`offerings.${row}.description`}
              label="Opis"
              rows={2}
              defaultValue={values[`offerings.${row}.description`]}
            />
            <PanelTextField
              name={`offerings.${row}.cpvCodes`}
              label="Kody CPV"
              hint="Postać NNNNNNNN-N, kilka oddziel przecinkami, np. 55520000-1."
              defaultValue={values[`offerings.${row}.cpvCodes`]}
            />
          </fieldset>
        ))}
        {scripted && (
          <button
            type="button"
            className="button--secondary"
            onClick={() => {
              setFocusRow(rows);
              setRows(rows + 1);
            }}
          >
            Dodaj kolejną pozycję oferty
          </button>
        )}
      </fieldset>

      <fieldset>
        <legend>Sprawdzenie danych</legend>
        <PanelTextField {...field("lastVerifiedAt")} type="date" hint="RRRR-MM-DD." />
        <PanelTextField
          {...field("lastVerifiedSource")}
          hint="Wymagane, gdy podano datę, np. „telefon do podmiotu”."
        />
      </fieldset>
    </PanelForm>
  );
}

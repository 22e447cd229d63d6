import type { PanelDocumentRecordQuery } from "@/__generated__/graphql";
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS } from "@/features/document/document-labels";
import { PanelSelect, PanelTextArea, PanelTextField } from "../../forms/panel-fields";
import { PanelForm } from "../../forms/panel-form";
import { optionsOf } from "../shared/options";
import { saveDocumentAction } from "./document-actions";
import { DOCUMENT_FIELD_LABELS } from "./document-fields";
import { DOCUMENT_STAGES } from "./document-form-values";
import "../shared/content.css";

export type DocumentRecord = NonNullable<PanelDocumentRecordQuery["document"]>;

/** A document's description; its files are uploaded on its page once it is saved. */
export function DocumentForm(props: { document: DocumentRecord | null }) {
  const { document } = props;
  return (
    <PanelForm
      action={saveDocumentAction}
      submitLabel={document ? "Zapisz zmiany" : "Zapisz szkic"}
      labels={DOCUMENT_FIELD_LABELS}
    >
      {document && <input type="hidden" name="id" value={document.id} />}
      {/* Related records are not edited here; they travel along so that saving keeps them. */}
      <input
        type="hidden"
        name="organizationIds"
        value={document?.relatedOrganizations.map((organization) => organization.id).join(" ") ?? ""}
      />
      <input
        type="hidden"
        name="serviceIds"
        value={document?.relatedServices.map((service) => service.id).join(" ") ?? ""}
      />
      <fieldset>
        <legend>Dokument</legend>
        <PanelTextField name="title" label="Tytuł" required defaultValue={document?.title} />
        <PanelSelect
          name="kind"
          label="Rodzaj dokumentu"
          required
          emptyLabel="— wybierz —"
          options={optionsOf(DOCUMENT_KIND_LABELS)}
          defaultValue={document?.kind}
        />
        <PanelSelect
          name="stage"
          label="Etap"
          required
          options={DOCUMENT_STAGES.map((stage) => ({ value: stage, label: DOCUMENT_STATUS_LABELS[stage] }))}
          defaultValue={document?.stage ?? "ADOPTED"}
        />
        <PanelTextArea name="summary" label="Streszczenie" rows={4} defaultValue={document?.summary} />
        <PanelTextField
          name="tags"
          label="Słowa kluczowe"
          hint="Oddzielone przecinkami."
          defaultValue={document?.tags.join(", ")}
        />
      </fieldset>
      <fieldset>
        <legend>Zasięg i okres</legend>
        <PanelTextField
          name="territorialUnitCode"
          label="Kod TERYT jednostki"
          hint="Jednostka, której dotyczy dokument: 2, 4 lub 7 cyfr (dla dokumentów regionalnych — województwo)."
          defaultValue={document?.territorialUnit?.code}
        />
        <PanelTextField
          name="periodFromYear"
          label="Okres od roku"
          type="number"
          defaultValue={document?.periodFromYear?.toString()}
        />
        <PanelTextField
          name="periodToYear"
          label="Okres do roku"
          type="number"
          defaultValue={document?.periodToYear?.toString()}
        />
      </fieldset>
      <fieldset>
        <legend>Przyjęcie i obowiązywanie</legend>
        <PanelTextField
          name="act.body"
          label="Organ, który przyjął dokument"
          hint="Np. „Rada Miejska w Łapach”."
          defaultValue={document?.act?.body}
        />
        <PanelTextField
          name="act.number"
          label="Numer uchwały lub aktu"
          hint="Np. XII/85/2025."
          defaultValue={document?.act?.number}
        />
        <PanelTextField
          name="act.date"
          label="Data przyjęcia"
          type="date"
          hint="Wymagana dla dokumentu przyjętego."
          defaultValue={document?.act?.date}
        />
        <PanelTextField
          name="inForceFrom"
          label="Obowiązuje od"
          type="date"
          defaultValue={document?.inForceFrom}
        />
        <PanelTextField
          name="inForceTo"
          label="Obowiązuje do"
          type="date"
          defaultValue={document?.inForceTo}
        />
        <PanelTextField
          name="repealedOn"
          label="Uchylony dnia"
          type="date"
          defaultValue={document?.repealedOn}
        />
      </fieldset>
    </PanelForm>
  );
}

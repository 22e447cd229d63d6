import type { PanelGoodPracticeRecordQuery } from "@/__generated__/graphql";
import { FUNDING_KIND_LABELS } from "@/features/good-practice/good-practice-format";
import { SERVICE_AREA_LABELS, TARGET_GROUP_LABELS } from "@/features/service/service-labels";
import { PanelTextArea, PanelTextField } from "../../forms/panel-fields";
import { PanelForm } from "../../forms/panel-form";
import { PanelCheckboxGroup } from "../shared/panel-checkbox-group";
import { optionsOf } from "../shared/options";
import { saveGoodPracticeAction } from "./good-practice-actions";
import { goodPracticeFormLabels } from "./good-practice-fields";
import { BLANK_ROWS } from "./good-practice-form-values";
import "../shared/content.css";

export type GoodPracticeRecord = NonNullable<PanelGoodPracticeRecordQuery["goodPractice"]>;

/** The stored period as typed: the exact date when known, the year otherwise. */
const periodText = (date: string | null | undefined, year: number | null | undefined) =>
  date ?? (year ? String(year) : "");

/** A good practice's fields; results and links are rows, with blank ones to add more. */
export function GoodPracticeForm(props: { practice: GoodPracticeRecord | null }) {
  const { practice } = props;
  const results = practice?.results ?? [];
  const attachments = practice?.attachments ?? [];
  const resultRows = results.length + BLANK_ROWS;
  const attachmentRows = attachments.length + BLANK_ROWS;
  return (
    <PanelForm
      action={saveGoodPracticeAction}
      submitLabel={practice ? "Zapisz zmiany" : "Zapisz szkic"}
      labels={goodPracticeFormLabels(resultRows, attachmentRows)}
    >
      {practice && <input type="hidden" name="id" value={practice.id} />}
      <input
        type="hidden"
        name="organizationIds"
        value={practice?.organizations.map((organization) => organization.id).join(" ") ?? ""}
      />
      <fieldset>
        <legend>Praktyka</legend>
        <PanelTextField name="title" label="Tytuł" required defaultValue={practice?.title} />
        <PanelTextArea
          name="summary"
          label="Streszczenie"
          required
          rows={3}
          hint="Kilka zdań zwykłym tekstem."
          defaultValue={practice?.summary}
        />
        <PanelTextArea
          name="bodyMarkdown"
          label="Opis"
          required
          rows={12}
          hint="Markdown: ## nagłówek, **pogrubienie**, - lista, [tekst](https://adres). Surowy HTML pokażemy jako tekst."
          defaultValue={practice?.bodyMarkdown}
        />
        <PanelTextField
          name="slug"
          label="Adres strony (slug)"
          hint="Końcówka adresu /dobre-praktyki/…; pusty — utworzymy go z tytułu."
          defaultValue={practice?.slug}
        />
      </fieldset>
      <fieldset>
        <legend>Gdzie, kiedy i dla kogo</legend>
        <PanelTextArea
          name="areaCodes"
          label="Gdzie realizowano (kody TERYT)"
          required
          rows={2}
          hint="Co najmniej jeden kod: województwo (2 cyfry), powiat (4) lub gmina (7), oddzielone spacjami."
          defaultValue={practice?.areas.map((area) => area.code).join(" ")}
        />
        <PanelTextField
          name="period.from"
          label="Od (rok lub data)"
          required
          hint="Np. 2023 albo 2023-03-01."
          defaultValue={periodText(practice?.period.fromDate, practice?.period.fromYear)}
        />
        <PanelTextField
          name="period.to"
          label="Do (rok lub data)"
          hint="Puste, jeśli praktyka trwa."
          defaultValue={periodText(practice?.period.toDate, practice?.period.toYear)}
        />
        <PanelCheckboxGroup
          name="serviceAreas"
          legend="Obszary usług społecznych"
          required
          options={optionsOf(SERVICE_AREA_LABELS)}
          defaultValues={practice?.serviceAreas}
        />
        <PanelCheckboxGroup
          name="targetGroups"
          legend="Dla kogo"
          options={optionsOf(TARGET_GROUP_LABELS)}
          defaultValues={practice?.targetGroups}
        />
      </fieldset>
      <fieldset>
        <legend>Rezultaty</legend>
        <p className="hint">Puste wiersze pomijamy; aby usunąć rezultat, wyczyść jego pola.</p>
        {Array.from({ length: resultRows }, (_, row) => (
          <fieldset key={row} className="panel-row">
            <legend>Rezultat {row + 1}</legend>
            <PanelTextField
              name={`results.${row}.indicator`}
              label="Wskaźnik"
              defaultValue={results[row]?.indicator}
            />
            <PanelTextField
              name={`results.${row}.value`}
              label="Wartość"
              defaultValue={results[row]?.value.toString().replace(".", ",")}
            />
            <PanelTextField
              name={`results.${row}.unit`}
              label="Jednostka"
              hint="Np. „osób”, „%”."
              defaultValue={results[row]?.unit}
            />
          </fieldset>
        ))}
      </fieldset>
      <fieldset>
        <legend>Finansowanie i kontakt</legend>
        <PanelCheckboxGroup
          name="funding.kinds"
          legend="Źródła finansowania"
          options={optionsOf(FUNDING_KIND_LABELS)}
          defaultValues={practice?.funding.kinds}
        />
        <PanelTextField
          name="funding.source"
          label="Finansowanie — opis"
          hint="Np. program i numer projektu."
          defaultValue={practice?.funding.source}
        />
        <PanelTextField name="contact.name" label="Osoba do kontaktu" defaultValue={practice?.contact.name} />
        <PanelTextField
          name="contact.email"
          label="E-mail"
          type="email"
          defaultValue={practice?.contact.email}
        />
        <PanelTextField
          name="contact.phone"
          label="Telefon"
          type="tel"
          defaultValue={practice?.contact.phone}
        />
      </fieldset>
      <fieldset>
        <legend>Linki do materiałów</legend>
        {Array.from({ length: attachmentRows }, (_, row) => (
          <fieldset key={row} className="panel-row">
            <legend>Link {row + 1}</legend>
            <PanelTextField
              name={`attachments.${row}.title`}
              label="Tytuł"
              defaultValue={attachments[row]?.title}
            />
            <PanelTextField
              name={`attachments.${row}.url`}
              label="Adres"
              type="url"
              hint="Pełny adres https://…"
              defaultValue={attachments[row]?.url}
            />
          </fieldset>
        ))}
      </fieldset>
    </PanelForm>
  );
}

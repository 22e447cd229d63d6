import type { FragmentType } from "@/__generated__";
import { CheckboxFacet } from "@/components/checkbox-facet";
import { FormField } from "@/components/form-field";
import { DocumentAreaSelect, type DocumentAreaSelect_county } from "./document-area-select";
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS } from "./document-labels";
import { DOCUMENTS_PATH, yearOptions, type DocumentSearch } from "./document-search";

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/**
 * The documents search form: a plain GET form, so it works without JavaScript, every search has a
 * shareable URL, and nothing changes until the user presses "Szukaj" (WCAG 3.2.2).
 */
export function DocumentFilters(props: {
  search: DocumentSearch;
  counties: FragmentType<typeof DocumentAreaSelect_county>[];
  textError: string | null;
  now: Date;
}) {
  const { search, textError } = props;
  return (
    <form
      className="registry-filters document-filters"
      method="get"
      action={DOCUMENTS_PATH}
      aria-labelledby="filtry"
    >
      <h2 id="filtry">Filtry wyszukiwania</h2>

      <FormField
        id="q"
        label="Szukaj w treści dokumentów"
        hint="Np. „mieszkania wspomagane”, „asystencja osobista Łapy”. Przeszukujemy tytuły i tekst plików PDF; polskie litery nie są wymagane."
        error={textError}
      >
        {(control) => (
          <input {...control} name="q" type="search" defaultValue={search.text} maxLength={200} />
        )}
      </FormField>

      <CheckboxFacet
        legend="Rodzaj dokumentu"
        name="rodzaj"
        options={options(DOCUMENT_KIND_LABELS)}
        checked={search.kinds}
      />

      <DocumentAreaSelect counties={props.counties} value={search.areaCode} />

      <FormField id="rok" label="Rok" hint="Dokumenty, których okres obejmuje ten rok.">
        {(control) => (
          <select {...control} name="rok" defaultValue={search.year ?? ""}>
            <option value="">dowolny</option>
            {yearOptions(props.now, search.year).map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <CheckboxFacet
        legend="Status"
        name="status"
        options={options(DOCUMENT_STATUS_LABELS)}
        checked={search.statuses}
      />

      <div className="registry-filters__actions">
        <button type="submit">Szukaj</button>
        <a href={DOCUMENTS_PATH}>Wyczyść filtry</a>
      </div>
    </form>
  );
}

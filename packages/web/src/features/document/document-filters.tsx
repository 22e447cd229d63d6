import type { FragmentType } from "@/__generated__";
import { CheckboxFacet } from "@/components/checkbox-facet";
import { FormField } from "@/components/form-field";
import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { DocumentAreaSelect, type DocumentAreaSelect_county } from "./document-area-select";
import { documentLabels } from "./document-labels";
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
  locale: Locale;
}) {
  const { search, textError, locale } = props;
  const messages = getMessages(locale);
  const words = messages.documents.filters;
  const labels = documentLabels(locale);
  const action = localeHref(locale, DOCUMENTS_PATH);
  return (
    <form className="registry-filters document-filters" method="get" action={action} aria-labelledby="filtry">
      <h2 id="filtry">{words.heading}</h2>

      <FormField
        id="q"
        label={words.textLabel}
        hint={words.textHint}
        error={textError}
        errorPrefix={messages.serviceFilters.errorPrefix}
      >
        {(control) => (
          <input {...control} name="q" type="search" defaultValue={search.text} maxLength={200} />
        )}
      </FormField>

      <CheckboxFacet
        legend={words.kinds}
        name="rodzaj"
        options={options(labels.kinds)}
        checked={search.kinds}
      />

      <DocumentAreaSelect counties={props.counties} value={search.areaCode} locale={locale} />

      <FormField id="rok" label={words.year} hint={words.yearHint}>
        {(control) => (
          <select {...control} name="rok" defaultValue={search.year ?? ""}>
            <option value="">{words.anyYear}</option>
            {yearOptions(props.now, search.year).map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <CheckboxFacet
        legend={words.statuses}
        name="status"
        options={options(labels.statuses)}
        checked={search.statuses}
      />

      <div className="registry-filters__actions">
        <button type="submit">{words.submit}</button>
        <a href={action}>{words.clear}</a>
      </div>
    </form>
  );
}

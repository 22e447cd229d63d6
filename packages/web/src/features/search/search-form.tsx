import { Button } from "@/components/button";
import { DOCUMENT_KIND_LABELS_BY_LOCALE } from "@/features/document/document-labels";
import { PlacePicker } from "@/features/service/place-picker";
import { CheckboxFacet } from "@/features/service/service-filters-facet";
import type { PlaceResolution } from "@/features/service/place-picker-resolve";
import { serviceLabels } from "@/features/service/service-labels";
import { DEFAULT_LOCALE, localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { SEARCH_PATH, SEARCH_TYPES, type SiteSearch } from "./site-search";

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  serviceAreas: FacetCount[];
  targetGroups: FacetCount[];
  legalForms: FacetCount[];
  documentKinds: FacetCount[];
}

/**
 * Checkboxes for the values the results hold (with their counts) and those already chosen; a
 * value no result has would only lead to an empty page.
 */
function CountedFacet(props: {
  legend: string;
  name: string;
  labels: Record<string, string>;
  counts: FacetCount[];
  checked: readonly string[];
}) {
  const options = Object.entries(props.labels)
    .map(([value, label]) => ({
      value,
      label,
      count: props.counts.find((facet) => facet.value === value)?.count ?? 0,
    }))
    .filter((option) => option.count || props.checked.includes(option.value));
  if (options.length === 0) return null;
  return <CheckboxFacet legend={props.legend} name={props.name} options={options} checked={props.checked} />;
}

/**
 * The query, the kinds of hits and the facets in one GET form: it works without JavaScript, every
 * search has a shareable URL, and nothing changes until the submit button is pressed (WCAG 3.2.2). Kind
 * counts come from the search over all kinds, so they stay true while a kind is filtered out.
 */
export function SearchForm(props: {
  search: SiteSearch;
  counts: FacetCount[] | null;
  facets: SearchFacets | null;
  resolution: PlaceResolution;
  placeError: string | null;
  locale?: Locale;
}) {
  const { search, counts, facets } = props;
  const locale = props.locale ?? DEFAULT_LOCALE;
  const { search: searchWords } = getMessages(locale);
  const words = searchWords.form;
  const labels = serviceLabels(locale);
  return (
    <form
      className="search-form"
      method="get"
      action={localeHref(locale, SEARCH_PATH)}
      role="search"
      aria-label={words.landmark}
    >
      <div className="field">
        <label htmlFor="q">{words.textLabel}</label>
        <p className="hint" id="q-hint">
          {words.textHint}
        </p>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={search.text}
          maxLength={200}
          aria-describedby="q-hint"
        />
      </div>
      <fieldset className="facet search-form__types">
        <legend>{words.showOnly}</legend>
        {SEARCH_TYPES.map(({ type, param }) => {
          const id = `typ-${param}`;
          const count = counts?.find((facet) => facet.value === type)?.count;
          return (
            <div className="check" key={type}>
              <input
                type="checkbox"
                id={id}
                name="typ"
                value={param}
                defaultChecked={search.types.includes(type)}
              />
              <label htmlFor={id}>
                {searchWords.types[type].plural}
                {count !== undefined && <span className="facet__count"> ({count})</span>}
              </label>
            </div>
          );
        })}
      </fieldset>
      <PlacePicker
        value={search.place}
        resolution={props.resolution}
        error={props.placeError}
        hint={words.placeHint}
        locale={locale}
      />
      {facets && (
        <div className="search-form__facets">
          <CountedFacet
            legend={words.serviceAreas}
            name="kategoria"
            labels={labels.serviceAreas}
            counts={facets.serviceAreas}
            checked={search.serviceAreas}
          />
          <CountedFacet
            legend={words.targetGroups}
            name="grupa"
            labels={labels.targetGroups}
            counts={facets.targetGroups}
            checked={search.targetGroups}
          />
          <CountedFacet
            legend={words.legalForms}
            name="forma"
            labels={labels.legalForms}
            counts={facets.legalForms}
            checked={search.legalForms}
          />
          <CountedFacet
            legend={words.documentKinds}
            name="rodzaj"
            labels={DOCUMENT_KIND_LABELS_BY_LOCALE[locale]}
            counts={facets.documentKinds}
            checked={search.documentKinds}
          />
        </div>
      )}
      <div className="check">
        <input type="checkbox" id="bezplatne" name="bezplatne" value="tak" defaultChecked={search.freeOnly} />
        <label htmlFor="bezplatne">{words.freeOnly}</label>
      </div>
      <Button type="submit">{words.submit}</Button>
    </form>
  );
}

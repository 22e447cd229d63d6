import { DOCUMENT_KIND_LABELS } from "@/features/document/document-labels";
import { LEGAL_FORM_LABELS } from "@/features/organization/labels";
import { PlacePicker } from "@/features/service/place-picker";
import { CheckboxFacet } from "@/features/service/service-filters-facet";
import type { PlaceResolution } from "@/features/service/place-picker-resolve";
import { SERVICE_AREA_LABELS, TARGET_GROUP_LABELS } from "@/features/service/service-labels";
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
 * search has a shareable URL, and nothing changes until "Szukaj" is pressed (WCAG 3.2.2). Kind
 * counts come from the search over all kinds, so they stay true while a kind is filtered out.
 */
export function SearchForm(props: {
  search: SiteSearch;
  counts: FacetCount[] | null;
  facets: SearchFacets | null;
  resolution: PlaceResolution;
  placeError: string | null;
}) {
  const { search, counts, facets } = props;
  return (
    <form className="search-form" method="get" action={SEARCH_PATH} role="search" aria-label="Wyszukiwanie">
      <div className="field">
        <label htmlFor="q">Czego szukasz?</label>
        <p className="hint" id="q-hint">
          Np. „opieka wytchnieniowa Łapy”, „spółdzielnia socjalna”, „mieszkania wspomagane”. Polskie litery
          nie są wymagane.
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
        <legend>Pokaż tylko</legend>
        {SEARCH_TYPES.map(({ type, param, plural }) => {
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
                {plural}
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
        hint="Np. Łapy albo powiat sejneński. Pokażemy to, co dotyczy tego miejsca, także całego jego powiatu i regionu."
      />
      {facets && (
        <div className="search-form__facets">
          <CountedFacet
            legend="Obszar wsparcia"
            name="kategoria"
            labels={SERVICE_AREA_LABELS}
            counts={facets.serviceAreas}
            checked={search.serviceAreas}
          />
          <CountedFacet
            legend="Dla kogo"
            name="grupa"
            labels={TARGET_GROUP_LABELS}
            counts={facets.targetGroups}
            checked={search.targetGroups}
          />
          <CountedFacet
            legend="Forma prawna podmiotu"
            name="forma"
            labels={LEGAL_FORM_LABELS}
            counts={facets.legalForms}
            checked={search.legalForms}
          />
          <CountedFacet
            legend="Rodzaj dokumentu"
            name="rodzaj"
            labels={DOCUMENT_KIND_LABELS}
            counts={facets.documentKinds}
            checked={search.documentKinds}
          />
        </div>
      )}
      <div className="check">
        <input type="checkbox" id="bezplatne" name="bezplatne" value="tak" defaultChecked={search.freeOnly} />
        <label htmlFor="bezplatne">Tylko bezpłatne usługi</label>
      </div>
      <button type="submit">Szukaj</button>
    </form>
  );
}

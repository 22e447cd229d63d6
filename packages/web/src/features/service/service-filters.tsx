import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { PlacePicker } from "./place-picker";
import type { PlaceResolution } from "./place-picker-resolve";
import { CheckboxFacet } from "./service-filters-facet";
import { ACCESSIBILITY_FEATURE_LABELS, DELIVERY_MODE_LABELS, LANGUAGE_LABELS } from "./service-labels";
import { SERVICES_PATH, type ServiceSearch } from "./service-search";

export const ServiceFilters_category = graphql(`
  fragment ServiceFilters_category on ServiceCategory {
    code
    name
    serviceCount
  }
`);

export const ServiceFilters_targetGroup = graphql(`
  fragment ServiceFilters_targetGroup on TargetGroupInfo {
    code
    name
    serviceCount
  }
`);

/** Which form field an error is about, so that it can be shown (and announced) at the field. */
export type ServiceFieldError = { field: "q" | "gdzie"; message: string } | null;

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

const withCount = (item: { code: string; name: string; serviceCount: number }) => ({
  value: item.code,
  label: `${item.name} (${item.serviceCount.toLocaleString("pl-PL")})`,
});

/**
 * The services search form: a plain GET form, so it works without JavaScript, every search has a
 * shareable URL, and nothing changes until the user presses "Szukaj" (WCAG 3.2.2).
 */
export function ServiceFilters(props: {
  search: ServiceSearch;
  categories: FragmentType<typeof ServiceFilters_category>[];
  targetGroups: FragmentType<typeof ServiceFilters_targetGroup>[];
  place: { value: string; resolution: PlaceResolution };
  fieldError: ServiceFieldError;
}) {
  const { search, fieldError } = props;
  const categories = props.categories.map((category) => getFragmentData(ServiceFilters_category, category));
  const groups = props.targetGroups.map((group) => getFragmentData(ServiceFilters_targetGroup, group));
  const textError = fieldError?.field === "q" ? fieldError.message : null;
  const moreChosen =
    search.deliveryModes.length > 0 || search.accessibility.length > 0 || search.languages.length > 0;
  return (
    <form
      className="registry-filters service-filters"
      method="get"
      action={SERVICES_PATH}
      aria-labelledby="filtry"
    >
      <h2 id="filtry">Filtry wyszukiwania</h2>

      <div className="field">
        <label htmlFor="q">Czego szukasz?</label>
        <p className="hint" id="q-hint">
          Np. „opieka wytchnieniowa”, „klub seniora Sokółka”. Polskie litery nie są wymagane.
        </p>
        {textError && (
          <p className="field-error" id="q-error">
            <span className="visually-hidden">Błąd: </span>
            {textError}
          </p>
        )}
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={search.text}
          maxLength={200}
          aria-describedby={textError ? "q-hint q-error" : "q-hint"}
          aria-invalid={textError ? true : undefined}
        />
      </div>

      <PlacePicker
        value={props.place.value}
        resolution={props.place.resolution}
        error={fieldError?.field === "gdzie" ? fieldError.message : null}
      />

      <CheckboxFacet
        legend="Obszar usług"
        hint="W nawiasie: liczba usług w całym katalogu."
        name="kategoria"
        options={categories.map(withCount)}
        checked={search.areas}
      />
      <CheckboxFacet
        legend="Dla kogo"
        hint="W nawiasie: liczba usług w całym katalogu."
        name="grupa"
        options={groups.map(withCount)}
        checked={search.targetGroups}
      />
      <CheckboxFacet
        legend="Koszt"
        name="bezplatne"
        options={[{ value: "tak", label: "tylko bezpłatne" }]}
        checked={search.freeOnly ? ["tak"] : []}
      />

      <details className="service-filters__more" open={moreChosen}>
        <summary>Sposób świadczenia, dostępność i język</summary>
        <CheckboxFacet
          legend="Sposób świadczenia"
          name="sposob"
          options={options(DELIVERY_MODE_LABELS)}
          checked={search.deliveryModes}
        />
        <CheckboxFacet
          legend="Dostępność"
          hint="Pokażemy usługi, które mają wszystkie zaznaczone udogodnienia."
          name="dostepnosc"
          options={options(ACCESSIBILITY_FEATURE_LABELS)}
          checked={search.accessibility}
        />
        <CheckboxFacet
          legend="Język obsługi"
          name="jezyk"
          options={options(LANGUAGE_LABELS)}
          checked={search.languages}
        />
      </details>

      {search.view === "mapa" && <input type="hidden" name="widok" value="mapa" />}
      <div className="registry-filters__actions">
        <button type="submit">Szukaj</button>
        <a href={SERVICES_PATH}>Wyczyść filtry</a>
      </div>
    </form>
  );
}

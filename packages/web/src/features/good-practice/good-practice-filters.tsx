import { CheckboxFacet } from "@/components/checkbox-facet";
import { FormField } from "@/components/form-field";
import type { PlaceResolution } from "@/features/service/place-picker-resolve";
import { SERVICE_AREA_LABELS, TARGET_GROUP_LABELS } from "@/features/service/service-labels";
import { PlacePicker } from "@/features/service/place-picker";
import { GOOD_PRACTICES_PATH, periodYears, type GoodPracticeSearch } from "./good-practice-search";

/** Which form field an error is about, so that it can be shown (and announced) at the field. */
export type GoodPracticeFieldError = { field: "q" | "gdzie"; message: string } | null;

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

function YearSelect(props: { id: string; label: string; value: number | null; years: number[] }) {
  return (
    <div className="good-practice-filters__year">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.id} defaultValue={props.value ?? ""}>
        <option value="">dowolnego</option>
        {props.years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The good practices search form: a plain GET form (works without JavaScript, every search has a
 * shareable URL, nothing changes before "Szukaj" — WCAG 3.2.2).
 */
export function GoodPracticeFilters(props: {
  search: GoodPracticeSearch;
  place: { value: string; resolution: PlaceResolution };
  fieldError: GoodPracticeFieldError;
  lastYear: number;
}) {
  const { search, fieldError } = props;
  const textError = fieldError?.field === "q" ? fieldError.message : null;
  const years = periodYears(props.lastYear);
  return (
    <form className="registry-filters" method="get" action={GOOD_PRACTICES_PATH} aria-labelledby="filtry">
      <h2 id="filtry">Filtry wyszukiwania</h2>

      <FormField
        id="q"
        label="Czego szukasz?"
        hint="Np. „mieszkanie treningowe”, „klub seniora”. Polskie litery nie są wymagane."
        error={textError}
      >
        {(control) => (
          <input {...control} name="q" type="search" defaultValue={search.text} maxLength={200} />
        )}
      </FormField>

      <PlacePicker
        value={props.place.value}
        resolution={props.place.resolution}
        error={fieldError?.field === "gdzie" ? fieldError.message : null}
        hint="Np. Łapy albo powiat sejneński. Pokażemy praktyki z tego miejsca i te, które je obejmowały."
      />

      <fieldset className="facet" aria-describedby="okres-hint">
        <legend>Okres realizacji</legend>
        <p className="hint" id="okres-hint">
          Pokażemy praktyki, które trwały choć przez część wybranych lat.
        </p>
        <div className="good-practice-filters__years">
          <YearSelect id="od" label="Od roku" value={search.fromYear} years={years} />
          <YearSelect id="do" label="Do roku" value={search.toYear} years={years} />
        </div>
      </fieldset>

      <CheckboxFacet
        legend="Obszar usług społecznych"
        name="kategoria"
        options={options(SERVICE_AREA_LABELS)}
        checked={search.areas}
      />
      <CheckboxFacet
        legend="Dla kogo"
        name="grupa"
        options={options(TARGET_GROUP_LABELS)}
        checked={search.targetGroups}
      />

      <div className="registry-filters__actions">
        <button type="submit">Szukaj</button>
        <a href={GOOD_PRACTICES_PATH}>Wyczyść filtry</a>
      </div>
    </form>
  );
}

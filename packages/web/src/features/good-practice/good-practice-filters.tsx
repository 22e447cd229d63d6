import { Button } from "@/components/button";
import { CheckboxFacet } from "@/components/checkbox-facet";
import { FormField } from "@/components/form-field";
import type { PlaceResolution } from "@/features/service/place-picker-resolve";
import { serviceLabels } from "@/features/service/service-labels";
import { PlacePicker } from "@/features/service/place-picker";
import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { GOOD_PRACTICES_PATH, periodYears, type GoodPracticeSearch } from "./good-practice-search";

/** Which form field an error is about, so that it can be shown (and announced) at the field. */
export type GoodPracticeFieldError = { field: "q" | "gdzie"; message: string } | null;

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

function YearSelect(props: {
  id: string;
  label: string;
  value: number | null;
  years: number[];
  any: string;
}) {
  return (
    <div className="good-practice-filters__year">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.id} defaultValue={props.value ?? ""}>
        <option value="">{props.any}</option>
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
  locale: Locale;
}) {
  const { search, fieldError, locale } = props;
  const messages = getMessages(locale);
  const words = messages.knowledge.goodPracticeFilters;
  const labels = serviceLabels(locale);
  const action = localeHref(locale, GOOD_PRACTICES_PATH);
  const textError = fieldError?.field === "q" ? fieldError.message : null;
  const years = periodYears(props.lastYear);
  return (
    <form className="registry-filters" method="get" action={action} aria-labelledby="filtry">
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

      <PlacePicker
        value={props.place.value}
        resolution={props.place.resolution}
        error={fieldError?.field === "gdzie" ? fieldError.message : null}
        hint={words.placeHint}
        locale={locale}
      />

      <fieldset className="facet" aria-describedby="okres-hint">
        <legend>{words.period}</legend>
        <p className="hint" id="okres-hint">
          {words.periodHint}
        </p>
        <div className="good-practice-filters__years">
          <YearSelect
            id="od"
            label={words.fromYear}
            value={search.fromYear}
            years={years}
            any={words.anyYear}
          />
          <YearSelect id="do" label={words.toYear} value={search.toYear} years={years} any={words.anyYear} />
        </div>
      </fieldset>

      <CheckboxFacet
        legend={words.areas}
        name="kategoria"
        options={options(labels.serviceAreas)}
        checked={search.areas}
      />
      <CheckboxFacet
        legend={words.audience}
        name="grupa"
        options={options(labels.targetGroups)}
        checked={search.targetGroups}
      />

      <div className="registry-filters__actions">
        <Button type="submit">{words.submit}</Button>
        <a href={action}>{words.clear}</a>
      </div>
    </form>
  );
}

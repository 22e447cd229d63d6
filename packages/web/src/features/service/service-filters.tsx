import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { Button } from "@/components/button";
import { CheckboxFacet } from "@/components/checkbox-facet";
import { FormField } from "@/components/form-field";
import { DEFAULT_LOCALE, LOCALE_TAGS, localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { PlacePicker } from "./place-picker";
import type { PlaceResolution } from "./place-picker-resolve";
import { serviceLabels } from "./service-labels";
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

/** "pomoc społeczna (120)": the label in the page's language (the API names it in Polish) and the count. */
function withCount<T extends string>(locale: Locale, labels: Record<T, string>) {
  return (item: { code: T; name: string; serviceCount: number }) => ({
    value: item.code,
    label: `${locale === DEFAULT_LOCALE ? item.name : labels[item.code]} (${item.serviceCount.toLocaleString(LOCALE_TAGS[locale])})`,
  });
}

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
  locale?: Locale;
}) {
  const { search, fieldError } = props;
  const locale = props.locale ?? DEFAULT_LOCALE;
  const words = getMessages(locale).serviceFilters;
  const labels = serviceLabels(locale);
  const action = localeHref(locale, SERVICES_PATH);
  const categories = props.categories.map((category) => getFragmentData(ServiceFilters_category, category));
  const groups = props.targetGroups.map((group) => getFragmentData(ServiceFilters_targetGroup, group));
  const textError = fieldError?.field === "q" ? fieldError.message : null;
  const moreChosen =
    search.deliveryModes.length > 0 || search.accessibility.length > 0 || search.languages.length > 0;
  return (
    <form className="registry-filters service-filters" method="get" action={action} aria-labelledby="filtry">
      <h2 id="filtry">{words.heading}</h2>

      <FormField
        id="q"
        label={words.textLabel}
        hint={words.textHint}
        error={textError}
        errorPrefix={words.errorPrefix}
      >
        {(control) => (
          <input {...control} name="q" type="search" defaultValue={search.text} maxLength={200} />
        )}
      </FormField>

      <PlacePicker
        value={props.place.value}
        resolution={props.place.resolution}
        error={fieldError?.field === "gdzie" ? fieldError.message : null}
        locale={locale}
      />

      <CheckboxFacet
        legend={words.areas}
        hint={words.countHint}
        name="kategoria"
        options={categories.map(withCount(locale, labels.serviceAreas))}
        checked={search.areas}
      />
      <CheckboxFacet
        legend={words.audience}
        hint={words.countHint}
        name="grupa"
        options={groups.map(withCount(locale, labels.targetGroups))}
        checked={search.targetGroups}
      />
      <CheckboxFacet
        legend={words.cost}
        name="bezplatne"
        options={[{ value: "tak", label: words.freeOnly }]}
        checked={search.freeOnly ? ["tak"] : []}
      />

      <details className="service-filters__more" open={moreChosen}>
        <summary>{words.more}</summary>
        <CheckboxFacet
          legend={words.deliveryModes}
          name="sposob"
          options={options(labels.deliveryModes)}
          checked={search.deliveryModes}
        />
        <CheckboxFacet
          legend={words.accessibility}
          hint={words.accessibilityHint}
          name="dostepnosc"
          options={options(labels.accessibilityFeatures)}
          checked={search.accessibility}
        />
        <CheckboxFacet
          legend={words.languages}
          name="jezyk"
          options={options(labels.languages)}
          checked={search.languages}
        />
      </details>

      {search.view === "mapa" && <input type="hidden" name="widok" value="mapa" />}
      <div className="registry-filters__actions">
        <Button type="submit">{words.submit}</Button>
        <a href={action}>{words.clear}</a>
      </div>
    </form>
  );
}

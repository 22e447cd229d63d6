import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { Button } from "@/components/button";
import { CheckboxFacet } from "@/components/checkbox-facet";
import { FormField } from "@/components/form-field";
import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages, type Messages } from "@/i18n/messages";
import { CpvField } from "./cpv-field";
import { organizationLabels, type OrganizationLabels } from "./organization-labels";
import { REGION_CODE, SORT_OPTIONS, type RegistrySearch } from "./registry-search";

export const OrganizationFilters_county = graphql(`
  fragment OrganizationFilters_county on TerritorialUnit {
    code
    name
    kind
    gminy: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {
      code
      name
      kind
    }
  }
`);

/** Which form field an API error is about, so that it can be shown (and announced) at the field. */
export type FilterFieldError = { field: "q" | "cpv"; message: string } | null;

type FilterWords = Messages["registry"]["filters"];

function AreaOptions(props: {
  county: FragmentType<typeof OrganizationFilters_county>;
  words: FilterWords;
  placeKinds: OrganizationLabels["placeKinds"];
}) {
  const { words } = props;
  const county = getFragmentData(OrganizationFilters_county, props.county);
  if (county.kind === "CITY_WITH_COUNTY_RIGHTS") {
    // A city with powiat rights is one gmina: one option, the powiat code (it covers the gmina).
    return (
      <optgroup label={words.cityGroup(county.name)}>
        <option value={county.code}>{words.city(county.name)}</option>
      </optgroup>
    );
  }
  return (
    <optgroup label={words.county(county.name)}>
      <option value={county.code}>{words.wholeCounty(county.name)}</option>
      {county.gminy.map((gmina) => (
        <option key={gmina.code} value={gmina.code}>
          {gmina.name} ({props.placeKinds[gmina.kind]})
        </option>
      ))}
    </optgroup>
  );
}

/**
 * The registry search form: a plain GET form, so it works without JavaScript, every search has a
 * shareable URL, and nothing changes until the user presses "Szukaj" (WCAG 3.2.2).
 */
export function OrganizationFilters(props: {
  search: RegistrySearch;
  counties: FragmentType<typeof OrganizationFilters_county>[];
  regionName: string;
  fieldError: FilterFieldError;
  locale: Locale;
}) {
  const { search, fieldError, locale } = props;
  const words = getMessages(locale).registry.filters;
  const labels = organizationLabels(locale);
  const textError = fieldError?.field === "q" ? fieldError.message : null;
  const cpvError = fieldError?.field === "cpv" ? fieldError.message : null;
  const action = localeHref(locale, "/podmioty");
  return (
    <form className="registry-filters" method="get" action={action} aria-labelledby="filtry">
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

      <FormField id="obszar" label={words.areaLabel} hint={words.areaHint}>
        {(control) => (
          <select {...control} name="obszar" defaultValue={search.area || REGION_CODE}>
            <option value={REGION_CODE}>{words.wholeRegion(props.regionName)}</option>
            {props.counties.map((county, index) => (
              <AreaOptions key={index} county={county} words={words} placeKinds={labels.placeKinds} />
            ))}
          </select>
        )}
      </FormField>

      <CheckboxFacet
        legend={words.legalForm}
        name="forma"
        options={Object.entries(labels.legalForms).map(([value, label]) => ({ value, label }))}
        checked={search.legalForms}
      />

      <CheckboxFacet
        legend={words.pesType}
        name="typ"
        options={Object.entries(labels.pesTypes).map(([value, label]) => ({ value, label }))}
        checked={search.pesTypes}
      />

      <fieldset className="facet">
        <legend>{words.certificateAndStatus}</legend>
        <div className="check">
          <input
            type="checkbox"
            id="certyfikat"
            name="certyfikat"
            value="ZAKUP_PROSPOLECZNY"
            defaultChecked={search.certificate === "ZAKUP_PROSPOLECZNY"}
          />
          <label htmlFor="certyfikat">{words.certifiedOnly}</label>
        </div>
        <div className="check">
          <input type="checkbox" id="ps" name="ps" value="tak" defaultChecked={search.socialEnterprise} />
          <label htmlFor="ps">{words.socialEnterpriseOnly}</label>
        </div>
        <div className="check">
          <input
            type="checkbox"
            id="dzialajace"
            name="dzialajace"
            value="tak"
            defaultChecked={search.activeOnly}
          />
          <label htmlFor="dzialajace">{words.activeOnly}</label>
        </div>
      </fieldset>

      <CpvField
        value={search.cpv}
        error={cpvError}
        label={words.cpvLabel}
        hint={words.cpvHint}
        errorPrefix={words.errorPrefix}
      />

      <FormField id="sort" label={words.sortLabel} hint={words.sortHint}>
        {(control) => (
          <select {...control} name="sort" defaultValue={search.sort}>
            {SORT_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {words.sort[option.value]}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <div className="registry-filters__actions">
        <Button type="submit">{words.submit}</Button>
        <a href={action}>{words.clear}</a>
      </div>
    </form>
  );
}

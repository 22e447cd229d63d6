import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { CheckboxFacet } from "@/components/checkbox-facet";
import { FormField } from "@/components/form-field";
import { CpvField } from "./cpv-field";
import { KIND_LABELS } from "@/features/territory/kind-labels";
import { LEGAL_FORM_LABELS, PES_TYPE_LABELS } from "./labels";
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

function AreaOptions(props: { county: FragmentType<typeof OrganizationFilters_county> }) {
  const county = getFragmentData(OrganizationFilters_county, props.county);
  if (county.kind === "CITY_WITH_COUNTY_RIGHTS") {
    // A city with powiat rights is one gmina: one option, the powiat code (it covers the gmina).
    return (
      <optgroup label={`${county.name} — miasto na prawach powiatu`}>
        <option value={county.code}>{county.name} (miasto na prawach powiatu)</option>
      </optgroup>
    );
  }
  return (
    <optgroup label={`Powiat ${county.name}`}>
      <option value={county.code}>cały powiat {county.name}</option>
      {county.gminy.map((gmina) => (
        <option key={gmina.code} value={gmina.code}>
          {gmina.name} ({KIND_LABELS[gmina.kind]})
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
}) {
  const { search, fieldError } = props;
  const textError = fieldError?.field === "q" ? fieldError.message : null;
  const cpvError = fieldError?.field === "cpv" ? fieldError.message : null;
  return (
    <form className="registry-filters" method="get" action="/podmioty" aria-labelledby="filtry">
      <h2 id="filtry">Filtry wyszukiwania</h2>

      <FormField
        id="q"
        label="Nazwa, NIP, REGON lub KRS"
        hint="Szukamy też w nazwach produktów i usług, np. „catering”. Polskie litery nie są wymagane."
        error={textError}
      >
        {(control) => (
          <input {...control} name="q" type="search" defaultValue={search.text} maxLength={200} />
        )}
      </FormField>

      <FormField
        id="obszar"
        label="Obszar działania"
        hint="Pokazujemy podmioty z siedzibą na tym obszarze i te, które na nim działają."
      >
        {(control) => (
          <select {...control} name="obszar" defaultValue={search.area || REGION_CODE}>
            <option value={REGION_CODE}>całe województwo {props.regionName}</option>
            {props.counties.map((county, index) => (
              <AreaOptions key={index} county={county} />
            ))}
          </select>
        )}
      </FormField>

      <CheckboxFacet
        legend="Forma prawna"
        name="forma"
        options={Object.entries(LEGAL_FORM_LABELS).map(([value, label]) => ({ value, label }))}
        checked={search.legalForms}
      />

      <CheckboxFacet
        legend="Rodzaj podmiotu"
        name="typ"
        options={Object.entries(PES_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
        checked={search.pesTypes}
      />

      <fieldset className="facet">
        <legend>Certyfikat i status</legend>
        <div className="check">
          <input
            type="checkbox"
            id="certyfikat"
            name="certyfikat"
            value="ZAKUP_PROSPOLECZNY"
            defaultChecked={search.certificate === "ZAKUP_PROSPOLECZNY"}
          />
          <label htmlFor="certyfikat">tylko z aktywnym certyfikatem Zakup Prospołeczny</label>
        </div>
        <div className="check">
          <input type="checkbox" id="ps" name="ps" value="tak" defaultChecked={search.socialEnterprise} />
          <label htmlFor="ps">tylko przedsiębiorstwa społeczne (ze statusem PS)</label>
        </div>
        <div className="check">
          <input
            type="checkbox"
            id="dzialajace"
            name="dzialajace"
            value="tak"
            defaultChecked={search.activeOnly}
          />
          <label htmlFor="dzialajace">tylko działające</label>
        </div>
      </fieldset>

      <CpvField
        value={search.cpv}
        error={cpvError}
        hint="Od 1 do 8 cyfr, np. 55 (usługi hotelarskie i gastronomiczne) albo 55520000-1 (catering)."
      />

      <FormField
        id="sort"
        label="Kolejność wyników według"
        hint="Wyniki wyszukiwania tekstu są zawsze ułożone od najtrafniejszych."
      >
        {(control) => (
          <select {...control} name="sort" defaultValue={search.sort}>
            {SORT_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <div className="registry-filters__actions">
        <button type="submit">Szukaj</button>
        <a href="/podmioty">Wyczyść filtry</a>
      </div>
    </form>
  );
}

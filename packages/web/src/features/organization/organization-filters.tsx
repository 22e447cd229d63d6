import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
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

function describedBy(...ids: (string | false)[]): string {
  return ids.filter(Boolean).join(" ");
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

      <div className="field">
        <label htmlFor="q">Nazwa, NIP, REGON lub KRS</label>
        <p className="hint" id="q-hint">
          Szukamy też w nazwach produktów i usług, np. „catering”. Polskie litery nie są wymagane.
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
          aria-describedby={describedBy("q-hint", textError !== null && "q-error")}
          aria-invalid={textError ? true : undefined}
        />
      </div>

      <div className="field">
        <label htmlFor="obszar">Obszar działania</label>
        <p className="hint" id="obszar-hint">
          Pokazujemy podmioty z siedzibą na tym obszarze i te, które na nim działają.
        </p>
        <select
          id="obszar"
          name="obszar"
          defaultValue={search.area || REGION_CODE}
          aria-describedby="obszar-hint"
        >
          <option value={REGION_CODE}>całe województwo {props.regionName}</option>
          {props.counties.map((county, index) => (
            <AreaOptions key={index} county={county} />
          ))}
        </select>
      </div>

      <fieldset className="facet">
        <legend>Forma prawna</legend>
        {Object.entries(LEGAL_FORM_LABELS).map(([value, label]) => (
          <div className="check" key={value}>
            <input
              type="checkbox"
              id={`forma-${value}`}
              name="forma"
              value={value}
              defaultChecked={(search.legalForms as string[]).includes(value)}
            />
            <label htmlFor={`forma-${value}`}>{label}</label>
          </div>
        ))}
      </fieldset>

      <fieldset className="facet">
        <legend>Rodzaj podmiotu</legend>
        {Object.entries(PES_TYPE_LABELS).map(([value, label]) => (
          <div className="check" key={value}>
            <input
              type="checkbox"
              id={`typ-${value}`}
              name="typ"
              value={value}
              defaultChecked={(search.pesTypes as string[]).includes(value)}
            />
            <label htmlFor={`typ-${value}`}>{label}</label>
          </div>
        ))}
      </fieldset>

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

      <div className="field">
        <label htmlFor="cpv">Kod CPV lub jego początek</label>
        <p className="hint" id="cpv-hint">
          Od 1 do 8 cyfr, np. 55 (usługi hotelarskie i gastronomiczne) albo 55520000-1 (catering).
        </p>
        {cpvError && (
          <p className="field-error" id="cpv-error">
            <span className="visually-hidden">Błąd: </span>
            {cpvError}
          </p>
        )}
        <input
          id="cpv"
          name="cpv"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          defaultValue={search.cpv}
          maxLength={20}
          aria-describedby={describedBy("cpv-hint", cpvError !== null && "cpv-error")}
          aria-invalid={cpvError ? true : undefined}
        />
      </div>

      <div className="field">
        <label htmlFor="sort">Kolejność wyników według</label>
        <p className="hint" id="sort-hint">
          Wyniki wyszukiwania tekstu są zawsze ułożone od najtrafniejszych.
        </p>
        <select id="sort" name="sort" defaultValue={search.sort} aria-describedby="sort-hint">
          {SORT_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>

      <div className="registry-filters__actions">
        <button type="submit">Szukaj</button>
        <a href="/podmioty">Wyczyść filtry</a>
      </div>
    </form>
  );
}

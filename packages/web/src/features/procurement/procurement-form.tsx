import { FormField } from "@/components/form-field";
import { CpvField } from "@/features/organization/cpv-field";
import { PlacePicker } from "@/features/service/place-picker";
import type { PlaceResolution } from "@/features/service/place-picker-resolve";
import { PROCUREMENT_PATH, RESERVED_OPTIONS, type ProcurementSearch } from "./procurement-search";
import type { InvalidSearch } from "./procurement-suppliers";

/**
 * The supplier search: a plain GET form, so it works without JavaScript, every search has a
 * shareable URL, and nothing changes until "Szukaj dostawców" is pressed (WCAG 3.2.2).
 */
export function ProcurementForm(props: {
  search: ProcurementSearch;
  resolution: PlaceResolution;
  placeError: string | null;
  invalid: InvalidSearch | null;
}) {
  const { search, invalid } = props;
  const textError = invalid?.field === "q" ? invalid.message : null;
  const cpvError = invalid?.field === "cpv" ? invalid.message : null;
  return (
    <form
      className="procurement-form"
      method="get"
      action={PROCUREMENT_PATH}
      role="search"
      aria-labelledby="szukaj-dostawcow"
    >
      <h2 id="szukaj-dostawcow">Wyszukaj dostawców</h2>
      <FormField
        id="q"
        label="Czego potrzebujesz albo kogo szukasz?"
        hint="Np. „catering”, „sprzątanie”, nazwa podmiotu, NIP albo KRS. Polskie litery nie są wymagane."
        error={textError}
      >
        {(control) => (
          <input {...control} name="q" type="search" defaultValue={search.text} maxLength={200} />
        )}
      </FormField>

      <PlacePicker
        value={search.place}
        resolution={props.resolution}
        error={props.placeError}
        hint="Np. Łapy albo powiat sejneński. Pokażemy dostawców z tego miejsca i tych, którzy na nim działają."
      />

      <CpvField
        value={search.cpv}
        error={cpvError}
        hint="CPV to unijny słownik zamówień: każdy rodzaj dostawy lub usługi ma swój kod. Wpisz od 1 do 8 cyfr, np. 55 (usługi gastronomiczne) albo 85312000-9 (opieka społeczna)."
      />

      <fieldset className="facet">
        <legend>Może startować w zamówieniu zastrzeżonym</legend>
        <div className="check">
          <input
            type="radio"
            id="zastrzezone-dowolne"
            name="zastrzezone"
            value=""
            defaultChecked={search.reserved === ""}
          />
          <label htmlFor="zastrzezone-dowolne">bez znaczenia</label>
        </div>
        {RESERVED_OPTIONS.map((option) => (
          <div className="check" key={option.param}>
            <input
              type="radio"
              id={`zastrzezone-${option.param}`}
              name="zastrzezone"
              value={option.param}
              defaultChecked={search.reserved === option.param}
            />
            <label htmlFor={`zastrzezone-${option.param}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>

      <div className="check">
        <input
          type="checkbox"
          id="certyfikat"
          name="certyfikat"
          value="tak"
          defaultChecked={search.certifiedOnly}
        />
        <label htmlFor="certyfikat">tylko z certyfikatem Zakup Prospołeczny</label>
      </div>

      <div className="procurement-form__actions">
        <button type="submit">Szukaj dostawców</button>
        <a href={PROCUREMENT_PATH}>Wyczyść formularz</a>
      </div>
    </form>
  );
}

import { Button } from "@/components/button";
import { FormField } from "@/components/form-field";
import { RadioFacet } from "@/components/radio-facet";
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

      <RadioFacet
        legend="Może startować w zamówieniu zastrzeżonym"
        name="zastrzezone"
        options={[
          { value: "", key: "dowolne", label: "bez znaczenia" },
          ...RESERVED_OPTIONS.map((option) => ({ value: option.param, label: option.label })),
        ]}
        checked={search.reserved}
      />

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
        <Button type="submit">Szukaj dostawców</Button>
        <a href={PROCUREMENT_PATH}>Wyczyść formularz</a>
      </div>
    </form>
  );
}

import { EVENT_KIND_LABELS_PL } from "@obserwatorium/schema";
import { FormField } from "@/components/form-field";
import { PUBLICATION_STATE_LABELS, PUBLICATION_STATES } from "../records/publication-labels";
import type { EventListParams } from "./event-list-params";
import "../records/records.css";

/** The events list's filters as a plain GET form (works without JavaScript; every result has an address). */
export function EventFilters(props: { params: EventListParams }) {
  const { params } = props;
  return (
    <form
      className="record-search"
      method="get"
      action="/panel/wydarzenia"
      role="search"
      aria-label="Filtruj wydarzenia"
    >
      <FormField id="filtr-kiedy" label="Termin">
        {(control) => (
          <select {...control} name="kiedy" defaultValue={params.when ?? ""}>
            <option value="">wszystkie</option>
            <option value="nadchodzace">nadchodzące i trwające</option>
            <option value="minione">już rozpoczęte i minione</option>
          </select>
        )}
      </FormField>
      <FormField id="filtr-rodzaj" label="Rodzaj">
        {(control) => (
          <select {...control} name="rodzaj" defaultValue={params.kind ?? ""}>
            <option value="">wszystkie</option>
            {Object.entries(EVENT_KIND_LABELS_PL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="filtr-stan" label="Stan">
        {(control) => (
          <select {...control} name="stan" defaultValue={params.state ?? ""}>
            <option value="">szkice i opublikowane</option>
            {PUBLICATION_STATES.map((state) => (
              <option key={state} value={state}>
                {PUBLICATION_STATE_LABELS[state]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit">Pokaż</button>
    </form>
  );
}

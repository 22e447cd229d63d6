import { FormField } from "@/components/form-field";
import { CERTIFICATE_TYPE_LABELS } from "@/features/organization/labels";
import type { CertificateListParams } from "./certificate-list-params";
import "../records/records.css";

/** The certificate list's filters as a plain GET form. */
export function CertificateFilters(props: { params: CertificateListParams }) {
  return (
    <form className="record-search" method="get" action="/panel/certyfikaty" aria-label="Filtruj certyfikaty">
      <FormField id="filtr-rodzaj" label="Rodzaj">
        {(control) => (
          <select {...control} name="rodzaj" defaultValue={props.params.type ?? ""}>
            <option value="">wszystkie</option>
            {Object.entries(CERTIFICATE_TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="field field--check">
        <input
          id="filtr-wazne"
          type="checkbox"
          name="wazne"
          value="1"
          defaultChecked={props.params.activeOnly}
        />
        <label htmlFor="filtr-wazne">Tylko ważne dziś</label>
      </div>
      {props.params.organizationId && (
        <input type="hidden" name="podmiot" value={props.params.organizationId} />
      )}
      <button type="submit">Pokaż</button>
    </form>
  );
}

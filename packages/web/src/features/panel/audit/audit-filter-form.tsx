import { FormField } from "@/components/form-field";
import { AUDIT_RECORD_TYPES, type AuditFilterParams } from "./audit-filter";

/** The log's filter as a plain GET form: it works without JavaScript and its result has an address. */
export function AuditFilterForm(props: { params: AuditFilterParams }) {
  const { values, errors } = props.params;
  return (
    <form className="audit-filter" method="get" action="/panel/dziennik" aria-label="Filtr dziennika">
      <FormField id="filtr-typ" label="Rodzaj rekordu" error={errors.typ}>
        {(control) => (
          <select {...control} name="typ" defaultValue={values.typ}>
            <option value="">wszystkie</option>
            {AUDIT_RECORD_TYPES.map((type) => (
              <option key={type.value} value={type.value}>
                {type.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id="filtr-rekord"
        label="Identyfikator rekordu"
        hint="Z adresu strony rekordu w panelu albo z kolumny „Rekord”."
        error={errors.rekord}
      >
        {(control) => <input {...control} type="text" name="rekord" defaultValue={values.rekord} />}
      </FormField>
      <FormField
        id="filtr-uzytkownik"
        label="Identyfikator użytkownika"
        hint="Najprościej: kliknij osobę w kolumnie „Kto”."
        error={errors.uzytkownik}
      >
        {(control) => <input {...control} type="text" name="uzytkownik" defaultValue={values.uzytkownik} />}
      </FormField>
      <FormField id="filtr-od" label="Od dnia" hint="RRRR-MM-DD, czas polski." error={errors.od}>
        {(control) => <input {...control} type="date" name="od" defaultValue={values.od} />}
      </FormField>
      <FormField id="filtr-do" label="Do dnia (włącznie)" hint="RRRR-MM-DD, czas polski." error={errors.do}>
        {(control) => <input {...control} type="date" name="do" defaultValue={values.do} />}
      </FormField>
      <div className="audit-filter__actions">
        <button type="submit">Filtruj</button>
        <a href="/panel/dziennik">Wyczyść filtr</a>
      </div>
    </form>
  );
}

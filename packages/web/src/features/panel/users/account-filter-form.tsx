import { FormField } from "@/components/form-field";
import { ROLE_LABELS } from "../shell/role-labels";
import { ACCOUNT_ROLES, usersPageHref, type AccountListParams } from "./account-list-params";

/** The account list's filter as a plain GET form: it works without JavaScript and its result has an address. */
export function AccountFilterForm(props: { params: AccountListParams }) {
  const { values, errors } = props.params;
  return (
    <form
      className="account-filter"
      method="get"
      action="/panel/uzytkownicy"
      role="search"
      aria-label="Filtr kont"
    >
      {values.podmiot && <input type="hidden" name="podmiot" value={values.podmiot} />}
      <FormField id="konta-szukaj" label="Szukaj konta" hint="Część imienia, nazwiska lub adresu e-mail.">
        {(control) => <input {...control} type="search" name="szukaj" defaultValue={values.szukaj} />}
      </FormField>
      <FormField id="konta-rola" label="Rola konta" error={errors.rola}>
        {(control) => (
          <select {...control} name="rola" defaultValue={values.rola}>
            <option value="">wszystkie role</option>
            {ACCOUNT_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="check">
        <input
          type="checkbox"
          id="konta-nieaktywne"
          name="nieaktywne"
          value="1"
          defaultChecked={values.nieaktywne === "1"}
        />
        <label htmlFor="konta-nieaktywne">Pokaż nieaktywne</label>
      </div>
      <div className="account-filter__actions">
        <button type="submit">Pokaż konta</button>
        <a href={usersPageHref({ podmiot: values.podmiot })}>Wyczyść filtr</a>
      </div>
    </form>
  );
}

import type { Metadata } from "next";
import { FormField } from "@/components/form-field";
import { accountListParams, usersPageHref } from "@/features/panel/users/account-list-params";
import { AccountsSection } from "@/features/panel/users/accounts-section";
import { InviteUserForm } from "@/features/panel/users/invite-user-form";
import { findOrganizationChoices } from "@/features/panel/users/organization-choices";
import { requirePanelUser } from "@/lib/panel/current-user";
import { pluralize } from "@/lib/polish-plural";
import type { RawSearchParams } from "@/lib/search-params";
import "@/features/panel/users/users.css";

export const metadata: Metadata = { title: "Użytkownicy" };

const ORGANIZATIONS = { one: "podmiot", few: "podmioty", many: "podmiotów" };

export default async function UsersPage(props: { searchParams: Promise<RawSearchParams> }) {
  const params = accountListParams(await props.searchParams);
  const search = params.values.podmiot;
  const user = await requirePanelUser(usersPageHref(params.values, params.after));
  if (user.role !== "ADMIN") {
    return (
      <>
        <h1>Użytkownicy</h1>
        <p className="notice" role="status">
          Kontami użytkowników zarządzają tylko administratorzy. Jeśli trzeba kogoś zaprosić, napisz do
          administratora.
        </p>
        <p>
          <a href="/panel">Wróć do pulpitu</a>
        </p>
      </>
    );
  }
  const found = search ? await findOrganizationChoices(search) : null;
  return (
    <>
      <h1>Użytkownicy</h1>
      <p>
        Konto zakłada się przez zaproszenie: podaj, kogo zapraszasz i w jakiej roli, a potem przekaż tej
        osobie jednorazowy link. Hasło ustawia sama.
      </p>
      <AccountsSection params={params} viewerId={user.id} />
      <h2>Zaproś osobę</h2>
      <form
        method="get"
        action="/panel/uzytkownicy"
        className="organization-search"
        role="search"
        aria-label="Wyszukiwanie podmiotu"
      >
        {(["szukaj", "rola", "nieaktywne"] as const).map(
          (name) =>
            params.values[name] && <input key={name} type="hidden" name={name} value={params.values[name]} />,
        )}
        <FormField
          id="szukaj-podmiotu"
          label="Znajdź podmiot przedstawiciela"
          hint="Nazwa albo NIP, REGON lub KRS. Potrzebne tylko przy zapraszaniu przedstawiciela podmiotu."
        >
          {(control) => <input {...control} type="search" name="podmiot" defaultValue={search} />}
        </FormField>
        <button type="submit" className="button button--secondary">
          Szukaj podmiotu
        </button>
      </form>
      {search && (
        <p role="status" className="organization-search__result">
          {found === null
            ? "Nie udało się przeszukać rejestru. Spróbuj ponownie za chwilę."
            : found.total === 0
              ? `Nie znaleziono podmiotu dla „${search}”.`
              : `Znaleziono ${pluralize(found.total, ORGANIZATIONS)} dla „${search}”${
                  found.total > found.options.length ? ` (pokazujemy ${found.options.length} pierwszych)` : ""
                } — wybierz w polu „Podmiot” poniżej.`}
        </p>
      )}
      <InviteUserForm organizations={found?.options ?? []} />
    </>
  );
}

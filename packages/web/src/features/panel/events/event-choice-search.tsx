import { FormField } from "@/components/form-field";
import { pluralize } from "@/lib/polish-plural";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import type { ChoiceSearch, EventChoices, FoundChoices } from "./event-choices";
import "../records/records.css";
import "./events.css";

const MAX_TEXT = 200;

export function choiceSearchParams(params: RawSearchParams): ChoiceSearch {
  return {
    organization: firstParam(params.podmiot).trim().slice(0, MAX_TEXT),
    document: firstParam(params.dokument).trim().slice(0, MAX_TEXT),
    practice: firstParam(params.praktyka).trim().slice(0, MAX_TEXT),
  };
}

const RECORDS = { one: "rekord", few: "rekordy", many: "rekordów" };

function foundText(what: string, text: string, found: FoundChoices | null, where: string): string | null {
  if (!text || !found) return null;
  if (found.total === 0) return `${what}: nic nie znaleziono dla „${text}”.`;
  const shown = found.total > found.options.length ? ` (pokazujemy ${found.options.length} pierwszych)` : "";
  return `${what}: ${pluralize(found.total, RECORDS)} dla „${text}”${shown} — wybierz w polu „${where}”.`;
}

/**
 * A plain GET search for the organizer, documents and good practices, above the event form (forms
 * cannot nest): what it finds becomes choices in the form. The page reloads, so search first.
 */
export function EventChoiceSearch(props: { action: string; search: ChoiceSearch; choices: EventChoices }) {
  const { search, choices } = props;
  const results = [
    foundText("Podmioty", search.organization, choices.organizations, "Organizator z rejestru"),
    foundText("Dokumenty", search.document, choices.documents, "Powiązane dokumenty"),
    foundText("Dobre praktyki", search.practice, choices.practices, "Prezentowane dobre praktyki"),
  ].filter((line): line is string => line !== null);
  return (
    <form
      method="get"
      action={props.action}
      className="record-search event-choice-search"
      role="search"
      aria-label="Wyszukiwanie powiązanych rekordów"
    >
      <p className="hint">
        Znajdź organizatora, dokumenty lub dobre praktyki, zanim zaczniesz zmieniać pola poniżej —
        wyszukiwanie przeładowuje stronę.
      </p>
      <FormField
        id="szukaj-podmiotu"
        label="Znajdź organizatora w rejestrze"
        hint="Nazwa albo NIP, REGON lub KRS."
      >
        {(control) => <input {...control} type="search" name="podmiot" defaultValue={search.organization} />}
      </FormField>
      <FormField id="szukaj-dokumentu" label="Znajdź dokument">
        {(control) => <input {...control} type="search" name="dokument" defaultValue={search.document} />}
      </FormField>
      <FormField id="szukaj-praktyki" label="Znajdź dobrą praktykę">
        {(control) => <input {...control} type="search" name="praktyka" defaultValue={search.practice} />}
      </FormField>
      <button type="submit" className="button button--secondary">
        Szukaj
      </button>
      {(results.length > 0 || choices.failed) && (
        <div role="status">
          {choices.failed ? (
            <p>Nie udało się przeszukać rejestru. Spróbuj ponownie za chwilę.</p>
          ) : (
            <ul>
              {results.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}

import { Button } from "@/components/button";
import { CheckboxFacet } from "@/components/checkbox-facet";
import { FormField } from "@/components/form-field";
import { RadioFacet } from "@/components/radio-facet";
import type { PlaceResolution } from "@/features/service/place-picker-resolve";
import { PlacePicker } from "@/features/service/place-picker";
import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { EVENTS_PATH, eventSearchHref, type EventSearch } from "./event-search";

/** Which form field an error is about, so that it can be shown (and announced) at the field. */
export type EventFieldError = { field: "gdzie" | "od" | "do"; message: string } | null;

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/**
 * The events search form: a plain GET form (works without JavaScript, every search has a
 * shareable URL, nothing changes before "Szukaj"). The calendar keeps its view and month; its
 * dates are the month's, so the date fields belong to the list only.
 */
export function EventFilters(props: {
  search: EventSearch;
  place: { value: string; resolution: PlaceResolution };
  fieldError: EventFieldError;
  locale: Locale;
}) {
  const { search, fieldError, locale } = props;
  const messages = getMessages(locale);
  const words = messages.events.filters;
  const listWords = messages.events.list;
  const action = localeHref(locale, EVENTS_PATH);
  const calendar = search.view === "calendar";
  const dateField = (id: "od" | "do", label: string, value: string) => (
    <FormField
      id={id}
      label={label}
      hint={words.dateHint}
      error={fieldError?.field === id ? fieldError.message : null}
      errorPrefix={messages.serviceFilters.errorPrefix}
    >
      {(control) => <input {...control} name={id} type="date" defaultValue={value} />}
    </FormField>
  );
  return (
    <form className="registry-filters" method="get" action={action} aria-labelledby="filtry">
      <h2 id="filtry">{words.heading}</h2>
      {calendar && <input type="hidden" name="widok" value="kalendarz" />}
      {calendar && search.month && <input type="hidden" name="miesiac" value={search.month} />}

      {!calendar && (
        <RadioFacet
          legend={words.when}
          name="minione"
          options={[
            { value: "", key: "nie", label: listWords.upcoming },
            { value: "1", label: listWords.past },
          ]}
          checked={search.past ? "1" : ""}
        />
      )}

      <PlacePicker
        value={props.place.value}
        resolution={props.place.resolution}
        error={fieldError?.field === "gdzie" ? fieldError.message : null}
        hint={words.placeHint}
        locale={locale}
      />

      {!calendar && (
        <fieldset className="facet" aria-describedby="daty-hint">
          <legend>{words.dates}</legend>
          <p className="hint" id="daty-hint">
            {words.datesHint}
          </p>
          <div className="event-filters__dates">
            {dateField("od", words.from, search.from)}
            {dateField("do", words.to, search.to)}
          </div>
        </fieldset>
      )}

      <CheckboxFacet
        legend={words.kinds}
        name="rodzaj"
        options={options(messages.events.kinds)}
        checked={search.kinds}
      />
      <CheckboxFacet
        legend={words.topics}
        name="temat"
        options={options(messages.events.topics)}
        checked={search.topics}
      />
      <div className="check event-filters__open">
        <input type="checkbox" id="zapisy" name="zapisy" value="otwarte" defaultChecked={search.openOnly} />
        <label htmlFor="zapisy">{words.openOnly}</label>
      </div>

      <div className="registry-filters__actions">
        <Button type="submit">{words.submit}</Button>
        <a href={localeHref(locale, eventSearchHref(clearedSearch(search)))}>{words.clear}</a>
      </div>
    </form>
  );
}

/** The same view (and month) without any filter. */
function clearedSearch(search: EventSearch): EventSearch {
  return {
    ...search,
    kinds: [],
    topics: [],
    place: "",
    areaCode: "",
    from: "",
    to: "",
    badDate: null,
    openOnly: false,
    past: false,
    page: 1,
  };
}

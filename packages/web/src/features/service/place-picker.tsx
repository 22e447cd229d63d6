import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { placeLabel } from "./place-picker-matches";
import type { PlaceResolution } from "./place-picker-resolve";

/**
 * "Gmina lub powiat": a plain text field, resolved by the page to a unit of the register. The code
 * of the unit used travels along (hidden), so that the choice among namesakes survives a change of
 * the other filters.
 */
export function PlacePicker(props: {
  value: string;
  resolution: PlaceResolution;
  error: string | null;
  hint?: string;
  locale?: Locale;
}) {
  const { resolution, error } = props;
  const locale = props.locale ?? DEFAULT_LOCALE;
  const words = getMessages(locale).placePicker;
  const describedBy = ["gdzie-hint", error && "gdzie-error"].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor="gdzie">{words.label}</label>
      <p className="hint" id="gdzie-hint">
        {props.hint ?? words.hint}
      </p>
      {error && (
        <p className="field-error" id="gdzie-error">
          <span className="visually-hidden">{getMessages(locale).serviceFilters.errorPrefix}</span>
          {error}
        </p>
      )}
      <input
        id="gdzie"
        name="gdzie"
        type="text"
        autoComplete="address-level2"
        defaultValue={props.value}
        maxLength={100}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
      {resolution.status === "found" && <input type="hidden" name="obszar" value={resolution.place.code} />}
    </div>
  );
}

/**
 * Which unit the results are for (after `lead`, e.g. "Usługi dostępne w:"), and the other units the
 * typed name could mean, each a link to the same search for that unit.
 */
export function PlaceNotice(props: {
  lead: string;
  resolution: PlaceResolution;
  hrefFor: (areaCode: string) => string;
  locale?: Locale;
}) {
  const { resolution } = props;
  const locale = props.locale ?? DEFAULT_LOCALE;
  if (resolution.status !== "found") return null;
  return (
    <div className="notice place-notice">
      <p>
        {props.lead} <strong>{placeLabel(resolution.place, locale)}</strong>
      </p>
      {resolution.alternatives.length > 0 && (
        <>
          <p id="inne-miejsca">{getMessages(locale).placePicker.otherPlace}</p>
          <ul className="place-notice__alternatives" aria-labelledby="inne-miejsca">
            {resolution.alternatives.map((place) => (
              <li key={place.code}>
                <a href={props.hrefFor(place.code)}>{placeLabel(place, locale)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

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
}) {
  const { resolution, error } = props;
  const describedBy = ["gdzie-hint", error && "gdzie-error"].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor="gdzie">Gmina lub powiat</label>
      <p className="hint" id="gdzie-hint">
        {props.hint ??
          "Np. Łapy albo powiat sejneński. Pokażemy usługi z tego miejsca i te, które obejmują jego mieszkańców."}
      </p>
      {error && (
        <p className="field-error" id="gdzie-error">
          <span className="visually-hidden">Błąd: </span>
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
}) {
  const { resolution } = props;
  if (resolution.status !== "found") return null;
  return (
    <div className="notice place-notice">
      <p>
        {props.lead} <strong>{placeLabel(resolution.place)}</strong>
      </p>
      {resolution.alternatives.length > 0 && (
        <>
          <p id="inne-miejsca">Chodziło o inne miejsce?</p>
          <ul className="place-notice__alternatives" aria-labelledby="inne-miejsca">
            {resolution.alternatives.map((place) => (
              <li key={place.code}>
                <a href={props.hrefFor(place.code)}>{placeLabel(place)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

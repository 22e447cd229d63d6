import { placeLabel } from "@/features/service/place-picker-matches";
import type { PlaceResolution } from "@/features/service/place-picker-resolve";
import { goodPracticeSearchHref, type GoodPracticeSearch } from "./good-practice-search";

/**
 * "Gmina lub powiat", resolved by the page as on /uslugi; the code of the unit used travels along
 * (hidden), so that the choice among namesakes survives a change of the other filters.
 */
export function GoodPracticePlaceField(props: {
  value: string;
  resolution: PlaceResolution;
  error: string | null;
}) {
  const { resolution, error } = props;
  const describedBy = ["gdzie-hint", error && "gdzie-error"].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor="gdzie">Gmina lub powiat</label>
      <p className="hint" id="gdzie-hint">
        Np. Łapy albo powiat sejneński. Pokażemy praktyki z tego miejsca i te, które je obejmowały.
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

/** Which unit the results are for, and the other units the typed name could mean. */
export function GoodPracticePlaceNotice(props: { search: GoodPracticeSearch; resolution: PlaceResolution }) {
  const { search, resolution } = props;
  if (resolution.status !== "found") return null;
  return (
    <div className="notice place-notice">
      <p>
        Dobre praktyki z miejsca: <strong>{placeLabel(resolution.place)}</strong>
      </p>
      {resolution.alternatives.length > 0 && (
        <>
          <p id="inne-miejsca">Chodziło o inne miejsce?</p>
          <ul className="place-notice__alternatives" aria-labelledby="inne-miejsca">
            {resolution.alternatives.map((place) => (
              <li key={place.code}>
                <a href={goodPracticeSearchHref({ ...search, areaCode: place.code })}>{placeLabel(place)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

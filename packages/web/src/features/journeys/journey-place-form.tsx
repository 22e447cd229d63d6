import { SERVICES_PATH } from "@/features/service/service-search";
import type { Journey } from "./journeys";

/**
 * A plain GET form to the catalogue: the place the resident types plus the journey's filter as
 * hidden fields, so the result is the same shareable /uslugi URL the catalogue's own form makes.
 */
export function JourneyPlaceForm(props: { journey: Journey }) {
  const { targetGroups, areas = [] } = props.journey.filter;
  return (
    <form className="journey__place" method="get" action={SERVICES_PATH}>
      <label htmlFor="pomoc-gdzie">Gmina lub powiat</label>
      <p className="hint" id="pomoc-gdzie-hint">
        Na przykład: Łapy, Sokółka, powiat augustowski. Pokażemy usługi dostępne w tym miejscu.
      </p>
      <div className="journey__place-row">
        <input
          id="pomoc-gdzie"
          name="gdzie"
          type="text"
          maxLength={100}
          aria-describedby="pomoc-gdzie-hint"
        />
        {areas.map((area) => (
          <input key={area} type="hidden" name="kategoria" value={area} />
        ))}
        {targetGroups.map((group) => (
          <input key={group} type="hidden" name="grupa" value={group} />
        ))}
        <button type="submit">Pokaż usługi</button>
      </div>
    </form>
  );
}

import { Button } from "@/components/button";
import { SERVICES_PATH } from "@/features/service/service-search";
import { localeHref, type Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import type { Journey } from "./journeys";

/**
 * A plain GET form to the catalogue: the place the resident types plus the journey's filter as
 * hidden fields, so the result is the same shareable /uslugi URL the catalogue's own form makes.
 */
export function JourneyPlaceForm(props: { journey: Journey; locale: Locale; messages: Messages["journey"] }) {
  const { targetGroups, areas = [] } = props.journey.filter;
  const { messages } = props;
  return (
    <form className="journey__place" method="get" action={localeHref(props.locale, SERVICES_PATH)}>
      <label htmlFor="pomoc-gdzie">{messages.placeLabel}</label>
      <p className="hint" id="pomoc-gdzie-hint">
        {messages.placeHint}
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
        <Button type="submit">{messages.showServices}</Button>
      </div>
    </form>
  );
}

import { DEFAULT_LOCALE, localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { hasFilters, narrowedByChoice, SERVICES_PATH, type ServiceSearch } from "./service-search";

/** What to try when nothing matches, worded after what narrowed the search. */
export function ServiceSearchEmpty(props: { search: ServiceSearch; locale?: Locale }) {
  const { search } = props;
  const locale = props.locale ?? DEFAULT_LOCALE;
  const words = getMessages(locale).services.empty;
  if (!hasFilters(search)) {
    return (
      <div className="empty-state">
        <p>{words.catalogue}</p>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p>
        <strong>{words.noMatch}</strong>
      </p>
      <p id="podpowiedzi">{words.whatToDo}</p>
      <ul aria-labelledby="podpowiedzi">
        {search.text && <li>{words.fewerWords}</li>}
        {(search.place || search.areaCode) && <li>{words.countyInstead}</li>}
        {narrowedByChoice(search) && <li>{words.uncheck}</li>}
        <li>
          <a href={localeHref(locale, SERVICES_PATH)}>{words.clearAll}</a> {words.startOver}
        </li>
      </ul>
    </div>
  );
}

import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import {
  GOOD_PRACTICES_PATH,
  hasFilters,
  narrowedByChoice,
  type GoodPracticeSearch,
} from "./good-practice-search";

/** What to try when nothing matches, worded after what narrowed the search. */
export function GoodPracticeSearchEmpty(props: { search: GoodPracticeSearch; locale: Locale }) {
  const { search } = props;
  const words = getMessages(props.locale).knowledge.goodPractices.empty;
  if (!hasFilters(search)) {
    return (
      <div className="empty-state">
        <p>{words.knowledgeBase}</p>
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
          <a href={localeHref(props.locale, GOOD_PRACTICES_PATH)}>{words.clearAll}</a> {words.startOver}
        </li>
      </ul>
    </div>
  );
}

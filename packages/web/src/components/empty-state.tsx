/** The words every list's empty state shares: a dictionary's `empty` section. */
export interface EmptyStateWords {
  noMatch: string;
  whatToDo: string;
  clearAll: string;
  startOver: string;
}

/**
 * What to try when a search found nothing: with no filters, only `unfiltered` (the list is empty
 * as such); otherwise the hints that fit what narrowed the search (false ones are left out), then
 * a link that clears them all.
 */
export function EmptyState(props: {
  filtered: boolean;
  unfiltered: string;
  hints: (string | false)[];
  clearHref: string;
  words: EmptyStateWords;
}) {
  const { words } = props;
  if (!props.filtered) {
    return (
      <div className="empty-state">
        <p>{props.unfiltered}</p>
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
        {props.hints.map((hint) => hint && <li key={hint}>{hint}</li>)}
        <li>
          <a href={props.clearHref}>{words.clearAll}</a> {words.startOver}
        </li>
      </ul>
    </div>
  );
}

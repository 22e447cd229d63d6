/** A group of checkboxes sharing one parameter name, in a fieldset whose legend names the group. */
export function CheckboxFacet(props: {
  legend: string;
  hint?: string;
  name: string;
  /**
   * With `count`, the number of results having the value follows its label; `lang` marks a label in
   * another language than the page's (a Polish record name on an English page).
   */
  options: { value: string; label: string; count?: number; lang?: string }[];
  checked: readonly string[];
}) {
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  return (
    <fieldset className="facet" aria-describedby={hintId}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.options.map(({ value, label, count, lang }) => {
        const id = `${props.name}-${value}`;
        return (
          <div className="check" key={value}>
            <input
              type="checkbox"
              id={id}
              name={props.name}
              value={value}
              defaultChecked={props.checked.includes(value)}
            />
            <label htmlFor={id} lang={lang}>
              {label}
              {count !== undefined && <span className="facet__count"> ({count})</span>}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

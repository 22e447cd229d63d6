/** A group of checkboxes sharing one parameter name, in a fieldset whose legend names the group. */
export function CheckboxFacet(props: {
  legend: string;
  hint?: string;
  name: string;
  options: { value: string; label: string }[];
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
      {props.options.map(({ value, label }) => {
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
            <label htmlFor={id}>{label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

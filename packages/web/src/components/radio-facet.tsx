import "./radio-facet.css";

/** One choice of a `RadioFacet`; `key` names its id when the value cannot ("" for "any"). */
export type RadioFacetOption = { value: string; label: string; count?: number; key?: string };

/**
 * One choice among a few, as radios sharing one parameter name, in a fieldset whose legend names
 * the group. Each radio has its own label; a result count is inside the label, so it is read with it.
 */
export function RadioFacet(props: {
  legend: string;
  hint?: string;
  name: string;
  options: RadioFacetOption[];
  /** The value of the chosen radio. */
  checked: string;
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
      {props.options.map(({ value, label, count, key }) => {
        const id = `${props.name}-${key ?? value}`;
        return (
          <div className="check" key={id}>
            <input
              type="radio"
              id={id}
              name={props.name}
              value={value}
              defaultChecked={props.checked === value}
            />
            <label htmlFor={id}>
              {label}
              {count !== undefined && <span className="facet__count"> ({count})</span>}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

import { getFragmentData, graphql, type FragmentType } from "@/__generated__";

export const VoivodeshipPicker_option = graphql(`
  fragment VoivodeshipPicker_option on TerritorialUnit {
    code
    name
  }
`);

/**
 * A plain GET form: it works without JavaScript, gives a shareable URL, and changes the page only
 * when the user presses the button (WCAG 3.2.2: no change of context on input).
 */
export function VoivodeshipPicker(props: {
  options: FragmentType<typeof VoivodeshipPicker_option>[];
  selectedCode: string;
}) {
  const options = props.options.map((option) => getFragmentData(VoivodeshipPicker_option, option));
  return (
    <form className="picker" method="get" action="/gminy">
      <label htmlFor="woj">Województwo</label>
      <select id="woj" name="woj" defaultValue={props.selectedCode}>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
      <button type="submit">Pokaż powiaty i gminy</button>
    </form>
  );
}

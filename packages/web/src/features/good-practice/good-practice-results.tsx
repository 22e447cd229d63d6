import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { resultValueText } from "./good-practice-format";

export const GoodPracticeResults_goodPractice = graphql(`
  fragment GoodPracticeResults_goodPractice on GoodPractice {
    results {
      indicator
      value
      unit
    }
  }
`);

/** The measured results as a table: what was counted and how much. */
export function GoodPracticeResults(props: {
  goodPractice: FragmentType<typeof GoodPracticeResults_goodPractice>;
}) {
  const { results } = getFragmentData(GoodPracticeResults_goodPractice, props.goodPractice);
  if (results.length === 0) return null;
  return (
    <section aria-labelledby="wyniki-w-liczbach">
      <h2 id="wyniki-w-liczbach">Wyniki w liczbach</h2>
      <table className="good-practice-results">
        <caption>Zmierzone efekty praktyki</caption>
        <thead>
          <tr>
            <th scope="col">Co zmierzono</th>
            <th scope="col">Wynik</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result, index) => (
            <tr key={`${index}-${result.indicator}`}>
              <th scope="row">{result.indicator}</th>
              <td>{resultValueText(result.value, result.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
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
  locale: Locale;
}) {
  const { locale } = props;
  const words = getMessages(locale).knowledge.goodPractice;
  const lang = recordLang(locale);
  const { results } = getFragmentData(GoodPracticeResults_goodPractice, props.goodPractice);
  if (results.length === 0) return null;
  return (
    <section aria-labelledby="wyniki-w-liczbach">
      <h2 id="wyniki-w-liczbach">{words.results}</h2>
      <table className="good-practice-results">
        <caption>{words.resultsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.measured}</th>
            <th scope="col">{words.value}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result, index) => (
            <tr key={`${index}-${result.indicator}`}>
              <th scope="row" lang={lang}>
                {result.indicator}
              </th>
              <td lang={lang}>{resultValueText(result.value, result.unit, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

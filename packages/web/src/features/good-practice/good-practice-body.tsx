import { getFragmentData, graphql, type FragmentType } from "@/__generated__";

export const GoodPracticeBody_goodPractice = graphql(`
  fragment GoodPracticeBody_goodPractice on GoodPractice {
    bodyHtml
  }
`);

/**
 * The editors' description. `bodyHtml` is the one HTML the site puts into a page as it is: the API
 * renders it from Markdown with raw HTML escaped, links limited to http, https and mailto (with
 * rel="noopener noreferrer") and headings starting at h2, under this page's h1.
 */
export function GoodPracticeBody(props: {
  goodPractice: FragmentType<typeof GoodPracticeBody_goodPractice>;
  /** "pl" on a page in another language: the editors write in Polish. */
  lang?: "pl";
}) {
  const { bodyHtml } = getFragmentData(GoodPracticeBody_goodPractice, props.goodPractice);
  if (!bodyHtml.trim()) return null;
  return (
    <div
      className="prose good-practice__body"
      lang={props.lang}
      dangerouslySetInnerHTML={{ __html: bodyHtml }}
    />
  );
}

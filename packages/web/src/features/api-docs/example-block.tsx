import type { ApiDocsMessages } from "@/i18n/messages/api-docs.pl";
import type { ApiExample } from "./api-examples";
import { CodeBlock } from "./code-block";

/** The example's own first line is a comment for readers of the file; the page says it in words. */
const withoutLeadingComment = (query: string) => query.replace(/^(#.*\n)+/, "").trim();

/** Query, variables and the live result of one example, with a link that opens it in the console. */
export function ExampleBlock(props: {
  /** Names the example's code boxes, e.g. the heading of its user group. */
  title: string;
  id: string;
  example: ApiExample;
  consoleHref: string;
  words: ApiDocsMessages["examples"];
}) {
  const { id, title, example, consoleHref, words } = props;
  const query = withoutLeadingComment(example.query);
  const variables = example.variables ? JSON.stringify(example.variables, null, 2) : null;
  const params = new URLSearchParams({ query, ...(variables && { variables }) });
  return (
    <div className="api-example" data-example={id}>
      <h4>{words.query}</h4>
      <CodeBlock label={`${title}: ${words.query}`} code={query} />
      {variables && (
        <>
          <h4>{words.variables}</h4>
          <CodeBlock label={`${title}: ${words.variables}`} code={variables} />
        </>
      )}
      <p>
        <a href={`${consoleHref}?${params}`}>{words.tryInConsole}</a>
      </p>
      <h4>{words.result}</h4>
      {example.result === null ? (
        <p>{words.unavailable}</p>
      ) : (
        <CodeBlock label={`${title}: ${words.result}`} code={example.result} testId={`result-${id}`} />
      )}
    </div>
  );
}

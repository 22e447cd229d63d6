import type { ApiDocsMessages } from "@/i18n/messages/api-docs.pl";
import type { ApiExample } from "./api-examples";

/** The example's own first line is a comment for readers of the file; the page says it in words. */
const withoutLeadingComment = (query: string) => query.replace(/^(#.*\n)+/, "").trim();

/** Query, variables and the live result of one example, with a link that opens it in the console. */
export function ExampleBlock(props: {
  id: string;
  example: ApiExample;
  consoleHref: string;
  words: ApiDocsMessages["examples"];
}) {
  const { id, example, consoleHref, words } = props;
  const query = withoutLeadingComment(example.query);
  const variables = example.variables ? JSON.stringify(example.variables, null, 2) : null;
  const params = new URLSearchParams({ query, ...(variables && { variables }) });
  return (
    <div className="api-example" data-example={id}>
      <h4>{words.query}</h4>
      <pre className="api-code" tabIndex={0}>
        <code>{query}</code>
      </pre>
      {variables && (
        <>
          <h4>{words.variables}</h4>
          <pre className="api-code" tabIndex={0}>
            <code>{variables}</code>
          </pre>
        </>
      )}
      <p>
        <a href={`${consoleHref}?${params}`}>{words.tryInConsole}</a>
      </p>
      <h4>{words.result}</h4>
      {example.result === null ? (
        <p>{words.unavailable}</p>
      ) : (
        <pre className="api-code api-code--result" tabIndex={0} data-testid={`result-${id}`}>
          <code>{example.result}</code>
        </pre>
      )}
    </div>
  );
}

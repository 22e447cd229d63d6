import { localeHref, type Locale } from "@/i18n/locales";
import type { ApiDocsMessages } from "@/i18n/messages/api-docs.pl";
import { CodeBlock } from "./code-block";
import { InlineCode } from "./inline-code";

const ERROR_CODES = [
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_API_KEY",
  "RATE_LIMITED",
  "GRAPHQL_VALIDATION_FAILED",
  "INTERNAL_SERVER_ERROR",
] as const;

const SCOPES = ["READ_PUBLIC", "READ_DRAFTS", "WRITE"] as const;

const SECTIONS = ["endpoint", "auth", "paging", "limits", "errors", "bulk", "examples", "changelog"] as const;

/** The reference part of /api: address, authentication, paging, limits, errors and bulk data. */
export function ApiReference(props: {
  locale: Locale;
  words: ApiDocsMessages;
  base: string;
  maxCost: number;
}) {
  const { locale, words, base, maxCost } = props;
  const endpoint = `${base}/graphql`;
  const { endpoint: address, auth, paging, limits, errors, bulk } = words;
  const postExample = `curl -s ${endpoint} \\\n  -H 'content-type: application/json' \\\n  -d '{"query":"{ territorialUnit(code: \\"20\\") { name } }"}'`;
  const getExample = `curl -s '${endpoint}?query=%7BterritorialUnit(code%3A%2220%22)%7Bname%7D%7D' \\\n  -H 'apollo-require-preflight: true'`;
  return (
    <>
      <nav aria-label={words.contentsLabel} className="api-docs__contents">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section}>
              <a href={`#${section}`}>{words[section].heading}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="endpoint" className="prose">
        <h2 id="endpoint">{address.heading}</h2>
        <p>
          {address.address} <code data-testid="api-endpoint">{endpoint}</code>
        </p>
        <p>
          <InlineCode text={address.text} />
        </p>
        <CodeBlock label={address.curlPost} code={postExample} />
        <CodeBlock label={address.curlGet} code={getExample} />
        <p>
          <InlineCode text={address.apq} />
        </p>
        <p>
          <InlineCode text={address.cors} />
        </p>
        <p>
          <a href={localeHref(locale, "/api/konsola")}>{address.consoleLink}</a>
        </p>
      </section>

      <section aria-labelledby="auth" className="prose">
        <h2 id="auth">{auth.heading}</h2>
        <p>{auth.anonymous}</p>
        <p>
          <InlineCode text={auth.keys} /> <InlineCode text={auth.header} />
        </p>
        <p>{auth.scopesIntro}</p>
        <ul>
          {SCOPES.map((scope) => (
            <li key={scope}>
              <code>{scope}</code> — {auth.scopes[scope]}
            </li>
          ))}
        </ul>
        <p>
          <InlineCode text={auth.invalid} />
        </p>
        <p>
          <a href={localeHref(locale, "/kontakt")}>{auth.contactLink}</a>
        </p>
      </section>

      <section aria-labelledby="paging" className="prose">
        <h2 id="paging">{paging.heading}</h2>
        <p>
          <InlineCode text={paging.text} />
        </p>
      </section>

      <section aria-labelledby="limits" className="prose">
        <h2 id="limits">{limits.heading}</h2>
        <p>{limits.text}</p>
        <table className="api-table">
          <thead>
            <tr>
              <th scope="col">{limits.limitColumn}</th>
              <th scope="col">{limits.valueColumn}</th>
              <th scope="col">{limits.codeColumn}</th>
            </tr>
          </thead>
          <tbody>
            {[
              [limits.cost, maxCost.toLocaleString(locale), "QUERY_TOO_COMPLEX"],
              [limits.depth, "12", "QUERY_TOO_DEEP"],
              [limits.aliases, "30", "TOO_MANY_ALIASES"],
              ["first", "1–100", "BAD_USER_INPUT"],
            ].map(([name, value, code]) => (
              <tr key={code}>
                <th scope="row">{name === "first" ? <code>first</code> : name}</th>
                <td>{value}</td>
                <td>
                  <code>{code}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <InlineCode text={limits.costText} />
        </p>
        <h3>{limits.rateHeading}</h3>
        <p>
          <InlineCode text={limits.rateText} />
        </p>
      </section>

      <section aria-labelledby="errors" className="prose">
        <h2 id="errors">{errors.heading}</h2>
        <p>
          <InlineCode text={errors.text} />
        </p>
        <table className="api-table">
          <thead>
            <tr>
              <th scope="col">{errors.codeColumn}</th>
              <th scope="col">{errors.meaningColumn}</th>
            </tr>
          </thead>
          <tbody>
            {ERROR_CODES.map((code) => (
              <tr key={code}>
                <th scope="row">
                  <code>{code}</code>
                </th>
                <td>
                  <InlineCode text={errors.codes[code]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <InlineCode text={errors.userErrors} />
        </p>
      </section>

      <section aria-labelledby="bulk" className="prose">
        <h2 id="bulk">{bulk.heading}</h2>
        <p>{bulk.openData}</p>
        <ul>
          <li>
            <a href="/open-data">{bulk.openDataLink}</a> (<code>{base}/open-data</code>)
          </li>
          <li>
            <a href="/open-data/catalog.jsonld">{bulk.catalogLink}</a>
          </li>
        </ul>
        <p>
          <InlineCode text={bulk.changes} />
        </p>
        <p>
          {bulk.hsds} <code>{base}/hsds/services</code>
        </p>
        <p>{bulk.federation}</p>
      </section>
    </>
  );
}

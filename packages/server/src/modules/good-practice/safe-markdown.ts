import MarkdownIt, { type Token } from "markdown-it";

const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** Only absolute web and e-mail addresses become links; relative, javascript:, data: and the rest stay text. */
export function isSafeLinkTarget(url: string): boolean {
  const trimmed = url.trim();
  if (!/^(https?:\/\/|mailto:)/i.test(trimmed)) return false;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(trimmed).protocol);
  } catch {
    return false;
  }
}

function createMarkdown() {
  // Raw HTML is escaped, never passed through: a <script> or an onerror attribute stays visible text.
  const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
  // Pictures from arbitrary addresses track readers and lack alt-text review; files arrive with documents.
  markdown.disable("image");
  markdown.validateLink = isSafeLinkTarget;
  return markdown;
}

const markdown = createMarkdown();

/** The page has the h1: the body's top heading level becomes h2, the rest keep their relative depth. */
function shiftHeadings(tokens: Token[]): void {
  const levels = tokens.filter((token) => token.type === "heading_open").map((token) => level(token));
  if (levels.length === 0) return;
  const shift = 2 - Math.min(...levels);
  for (const token of tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") {
      token.tag = `h${Math.min(6, level(token) + shift)}`;
    }
  }
}

const level = (token: Token) => Number(token.tag.slice(1));

/** Every link opens in the same tab (no target: WCAG) and gives the next page no opener or referrer. */
function secureLinks(tokens: Token[]): void {
  for (const token of tokens) {
    if (token.children) secureLinks(token.children);
    if (token.type !== "link_open") continue;
    // validateLink already refused unsafe targets; this second check keeps a future rule change honest.
    if (!isSafeLinkTarget(String(token.attrGet("href") ?? ""))) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== "href");
    }
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== "target");
    token.attrSet("rel", "noopener noreferrer");
  }
}

/** Markdown written by editors as HTML safe to put into a page as it is. */
export function renderSafeMarkdown(source: string): string {
  const env = {};
  const tokens = markdown.parse(source, env);
  shiftHeadings(tokens);
  secureLinks(tokens);
  return markdown.renderer.render(tokens, markdown.options, env);
}

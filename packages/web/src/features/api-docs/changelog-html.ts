import MarkdownIt, { type Token } from "markdown-it";
import { readWebFile } from "./repo-files";

// The changelog is the repository's own text, still rendered without raw HTML or pictures.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdown.disable("image");

const isWebLink = (url: string) => /^https?:\/\//i.test(url.trim());

/** Links relative to packages/schema (the released schema files) lead nowhere on the site: their text stays. */
function unlinkRepositoryPaths(tokens: Token[]): void {
  for (const token of tokens) {
    if (!token.children) continue;
    let depth = 0;
    token.children = token.children.filter((child) => {
      if (child.type === "link_open" && !isWebLink(String(child.attrGet("href") ?? ""))) depth += 1;
      else if (child.type === "link_close" && depth > 0) depth -= 1;
      else return true;
      return false;
    });
  }
}

/** A changelog in Markdown as HTML under the page's own h1 (its title line is dropped). */
export function renderChangelog(markdownSource: string): string {
  const source = markdownSource.replace(/^# .*\n/, "");
  const tokens = markdown.parse(source, {});
  unlinkRepositoryPaths(tokens);
  return markdown.renderer.render(tokens, markdown.options, {});
}

/** packages/schema/CHANGELOG.md as HTML. */
export const changelogHtml = () => renderChangelog(readWebFile("../schema/CHANGELOG.md"));

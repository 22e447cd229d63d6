import { graphql } from "@/__generated__";
import { query } from "@/lib/apollo/rsc-client";

const DidYouMeanQuery = graphql(`
  query DidYouMean($prefix: String!) {
    suggest(prefix: $prefix) {
      label
    }
  }
`);

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/**
 * Up to three names for "Czy chodziło Ci o…?" when nothing matched. The search forgives typos in
 * every word, so an empty result usually means a word names nothing we hold; the completions of the
 * first word (places, service categories, organizations) are what the site does hold.
 */
export async function didYouMean(text: string): Promise<string[]> {
  const firstWord = text.split(/\s+/)[0] ?? "";
  if (firstWord.length < 2) return [];
  const { data } = await query({
    query: DidYouMeanQuery,
    variables: { prefix: firstWord },
    errorPolicy: "all",
  });
  const labels = (data?.suggest ?? []).map((suggestion) => suggestion.label);
  return [...new Set(labels)].filter((label) => fold(label) !== fold(text)).slice(0, 3);
}

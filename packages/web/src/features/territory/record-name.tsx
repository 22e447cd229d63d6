import type { ReactNode } from "react";

/**
 * A sentence of the page's language holding a record's Polish name ("Łapy municipality (gmina)"),
 * with the name marked `lang` so that screen readers pronounce it as Polish. Without `lang` (a
 * Polish page) or when the name is not in the text, the text as it is.
 */
export function withRecordName(text: string, name: string, lang: string | undefined): ReactNode {
  const at = name ? text.indexOf(name) : -1;
  if (!lang || at === -1) return text;
  return (
    <>
      {text.slice(0, at)}
      <span lang={lang}>{name}</span>
      {text.slice(at + name.length)}
    </>
  );
}

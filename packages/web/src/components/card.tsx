import type { ReactNode } from "react";

/**
 * One record in a list of results: an `<article>` named by its heading, whose title links to the
 * record's page. `className` names the card's block ("service-card"); its meta line gets
 * `<className>__meta`. The feature's stylesheet owns the look.
 */
export function Card(props: {
  className: string;
  /** The heading's id, which names the article (aria-labelledby). */
  headingId: string;
  /** The heading level in the page's outline; a list under an h2 has h3 cards (default). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  href: string;
  title: ReactNode;
  /** The language of the title when it differs from the page's (a Polish record on /en). */
  titleLang?: string;
  /**
   * Where `titleLang` goes: on the heading (default), or on the link alone when the heading also
   * holds a `marker` in the page's language; a card that can have a marker keeps it on the link.
   */
  titleLangOn?: "heading" | "link";
  /** Text before the link in the heading, e.g. the card's number on a map. */
  marker?: ReactNode;
  /** One line under the title (kind, place). */
  meta?: ReactNode;
  children?: ReactNode;
  /** A `Badges` list, shown last. */
  badges?: ReactNode;
}) {
  const Heading = `h${props.headingLevel ?? 3}` as const;
  const langOnLink = props.titleLangOn === "link";
  return (
    <article className={props.className} aria-labelledby={props.headingId}>
      <Heading id={props.headingId} lang={langOnLink ? undefined : props.titleLang}>
        {props.marker}
        <a href={props.href} lang={langOnLink ? props.titleLang : undefined}>
          {props.title}
        </a>
      </Heading>
      {props.meta && <p className={`${props.className}__meta`}>{props.meta}</p>}
      {props.children}
      {props.badges}
    </article>
  );
}

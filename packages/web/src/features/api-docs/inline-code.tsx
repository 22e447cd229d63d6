import { Fragment } from "react";

/** Dictionary text with `code` between backticks, shown as <code>. */
export function InlineCode({ text }: { text: string }) {
  return text
    .split("`")
    .map((part, index) =>
      index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>,
    );
}

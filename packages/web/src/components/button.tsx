import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from "react";
import "./button.css";

/** Primary for the one main action of a form or page, secondary for the others beside it. */
export type ButtonVariant = "primary" | "secondary";

function buttonClass(variant: ButtonVariant | undefined, className: string | undefined): string {
  return ["button", variant === "secondary" && "button--secondary", className].filter(Boolean).join(" ");
}

/**
 * A `<button>` in the site's style. Its type is "button" unless given, so that a button inside a
 * form never submits it by accident; a submit button says `type="submit"`.
 */
export function Button(props: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  const { variant, className, type, ...rest } = props;
  return <button {...rest} type={type ?? "button"} className={buttonClass(variant, className)} />;
}

/** A link that looks like a button: it goes somewhere (a plain GET), it does not act on the page. */
export function ButtonLink(
  props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; variant?: ButtonVariant },
) {
  const { variant, className, children, ...rest } = props;
  return (
    <a {...rest} className={buttonClass(variant, className)}>
      {children}
    </a>
  );
}

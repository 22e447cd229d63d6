import type { ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

/**
 * A value the ROPS still has to supply: shown as a marked gap, in the page's language, so nobody
 * takes it for real data.
 */
export function ToFill({ children, locale = DEFAULT_LOCALE }: { children: string; locale?: Locale }) {
  return <span className="placeholder">{getMessages(locale).toFill(children)}</span>;
}

/** The value when known, else the marked gap describing it. */
export function OrToFill(props: { value: string | null; what: string; locale?: Locale }): ReactNode {
  return props.value ? props.value : <ToFill locale={props.locale}>{props.what}</ToFill>;
}

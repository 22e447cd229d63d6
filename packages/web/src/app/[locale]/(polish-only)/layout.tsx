import type { ReactNode } from "react";
import { localeOf } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

/**
 * Pages not translated yet: under /en and /uk they keep their Polish UI, marked lang="pl" so screen
 * readers and translation tools read it as Polish, after a note in the reader's language. A page
 * moves to (translated) once its UI strings come from the dictionaries.
 */
export default async function PolishOnlyLayout(props: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await localeOf(props.params);
  if (locale === "pl") return props.children;
  return (
    <>
      <div className="container">
        <p className="notice polish-only-notice">{getMessages(locale).site.polishOnly}</p>
      </div>
      <div lang="pl">{props.children}</div>
    </>
  );
}

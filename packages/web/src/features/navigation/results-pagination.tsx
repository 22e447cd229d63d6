import { Pagination } from "@/components/pagination";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

/**
 * @deprecated Use `Pagination` from `@/components/pagination` with the dictionary's words. Kept only
 * until the documents page (being translated in parallel) switches to it; then delete this file.
 */
export function ResultsPagination(props: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  locale?: Locale;
}) {
  const { locale, ...rest } = props;
  return <Pagination {...rest} words={getMessages(locale ?? DEFAULT_LOCALE).pagination} />;
}

import type { TerritorialUnitKind } from "@/__generated__/graphql";
import { recordLang, type Locale } from "@/i18n/locales";
import { unitParts } from "./document-unit";

/** The JST a document concerns: its Polish name marked as Polish, its kind in the page's language. */
export function DocumentUnitName(props: {
  unit: { name: string; kind: TerritorialUnitKind };
  locale: Locale;
}) {
  const { name, kind } = unitParts(props.unit, props.locale);
  return (
    <>
      <span lang={recordLang(props.locale)}>{name}</span>
      {kind && ` (${kind})`}
    </>
  );
}

import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { localeHref, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

export const VoivodeshipPicker_option = graphql(`
  fragment VoivodeshipPicker_option on TerritorialUnit {
    code
    name
  }
`);

/**
 * A plain GET form: it works without JavaScript, gives a shareable URL in the page's language, and
 * changes the page only when the user presses the button (WCAG 3.2.2: no change of context on input).
 */
export function VoivodeshipPicker(props: {
  options: FragmentType<typeof VoivodeshipPicker_option>[];
  selectedCode: string;
  locale: Locale;
}) {
  const { locale } = props;
  const words = getMessages(locale).data.units;
  const lang = recordLang(locale);
  const options = props.options.map((option) => getFragmentData(VoivodeshipPicker_option, option));
  return (
    <form className="picker" method="get" action={localeHref(locale, "/gminy")}>
      <label htmlFor="woj">{words.voivodeship}</label>
      <select id="woj" name="woj" defaultValue={props.selectedCode}>
        {options.map((option) => (
          <option key={option.code} value={option.code} lang={lang}>
            {option.name}
          </option>
        ))}
      </select>
      <button type="submit">{words.submit}</button>
    </form>
  );
}

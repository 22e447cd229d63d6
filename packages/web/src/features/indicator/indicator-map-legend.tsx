import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { formatValue } from "./indicator-format";
import { shadeOf, type ValueClasses } from "./value-classes";

/** The classes' ranges beside their shade, the unit once in the heading; the map also writes each value. */
export function IndicatorMapLegend(props: {
  classes: ValueClasses;
  unit: string;
  hasMissing: boolean;
  locale: Locale;
}) {
  const { locale } = props;
  const words = getMessages(locale).data.map;
  const { classes, decimals } = props.classes;
  return (
    <div className="indicator-map__legend">
      <p id="legenda-mapy">
        {words.legend} (<span lang={recordLang(locale)}>{props.unit}</span>)
      </p>
      <ul aria-labelledby="legenda-mapy">
        {classes.map((item, index) => {
          const low = formatValue(item.low, decimals, locale);
          const high = formatValue(item.high, decimals, locale);
          return (
            <li key={low}>
              <svg viewBox="0 0 28 20" width="28" height="20" aria-hidden="true" focusable="false">
                <rect
                  className={`indicator-shade-${shadeOf(index, classes.length)}`}
                  x="1"
                  y="1"
                  width="26"
                  height="18"
                />
              </svg>
              {low === high ? low : `${low}–${high}`}
            </li>
          );
        })}
        {props.hasMissing && (
          <li>
            <svg viewBox="0 0 28 20" width="28" height="20" aria-hidden="true" focusable="false">
              <rect className="indicator-shade-none" x="1" y="1" width="26" height="18" />
            </svg>
            {words.noData}
          </li>
        )}
      </ul>
    </div>
  );
}

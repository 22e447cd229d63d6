import { PrintButton } from "./print-button";
import "./print-actions.css";

/**
 * Printing a detail page: on screen a print button (once JavaScript runs), on paper only the line
 * "Adres strony: <absolute URL>", so that a printout says where it came from. The site-wide print
 * styles hide the button, the navigation and the forms.
 */
export function PrintActions(props: {
  /** The absolute address of the page (`absolutePageUrl`). */
  url: string;
  /** The dictionary's `site.print` and `site.pageAddress`. */
  words: { print: string; pageAddress: string };
}) {
  return (
    <div className="print-actions">
      <PrintButton label={props.words.print} />
      <p className="print-actions__url">
        {props.words.pageAddress} {props.url}
      </p>
    </div>
  );
}

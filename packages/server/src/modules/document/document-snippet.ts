export interface SnippetSegment {
  text: string;
  highlighted: boolean;
}

export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_END = "\u0002";

/**
 * The search engine crops and highlights the diacritic-free copy of a page. Folding keeps every
 * position, so the same window is cut from the original text, Polish letters and all; when the
 * copy cannot be placed, the folded window is shown as it is.
 */
export function snippetSegments(formatted: string, original: string, folded: string): SnippetSegment[] {
  const plain = formatted.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "");
  const offset = original.length === folded.length ? folded.indexOf(plain) : -1;
  const source = offset >= 0 ? original.slice(offset, offset + plain.length) : plain;
  const segments: SnippetSegment[] = [];
  if (offset > 0) segments.push({ text: "… ", highlighted: false });
  let position = 0;
  let highlighted = false;
  let start = 0;
  const flush = () => {
    if (position > start) segments.push({ text: source.slice(start, position), highlighted });
    start = position;
  };
  for (const character of formatted) {
    if (character === HIGHLIGHT_START || character === HIGHLIGHT_END) {
      flush();
      highlighted = character === HIGHLIGHT_START;
    } else {
      position += character.length;
    }
  }
  flush();
  if (offset >= 0 && offset + plain.length < original.length)
    segments.push({ text: " …", highlighted: false });
  return segments;
}

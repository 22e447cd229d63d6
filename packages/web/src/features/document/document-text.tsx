import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { pageAnchor, pageParagraphs } from "./document-format";

export const DocumentText_page = graphql(`
  fragment DocumentText_page on DocumentPage {
    pageNumber
    text
  }
`);

export type PageFragment = FragmentType<typeof DocumentText_page>;

interface TextFile {
  id: string;
  fileName: string;
  /** Its place among the document's files, which decides the pages' anchors. */
  index: number;
  pages: PageFragment[];
}

type TextWords = ReturnType<typeof getMessages>["documents"]["text"];

function PageSection(props: {
  fileIndex: number;
  page: PageFragment;
  heading: "h3" | "h4";
  words: TextWords;
  lang: "pl" | undefined;
}) {
  const { pageNumber, text } = getFragmentData(DocumentText_page, props.page);
  const Heading = props.heading;
  const paragraphs = pageParagraphs(text);
  // Focusable, so that following a link to `#strona-12` also moves the reading position there.
  // Unnamed, so that a long document does not flood the landmarks with hundreds of regions.
  return (
    <section id={pageAnchor(props.fileIndex, pageNumber)} className="document-page" tabIndex={-1}>
      <Heading>{props.words.page(pageNumber)}</Heading>
      {paragraphs.length > 0 ? (
        paragraphs.map((paragraph, index) => (
          <p key={index} lang={props.lang}>
            {paragraph}
          </p>
        ))
      ) : (
        <p className="muted">{props.words.emptyPage}</p>
      )}
    </section>
  );
}

/**
 * "Treść dokumentu": the text of each page read from the PDF, one section per page with the heading
 * "Strona N" and the id search hits link to. With several files, each file gets its own heading.
 */
export function DocumentText(props: { files: TextFile[]; locale: Locale }) {
  const files = props.files.filter((file) => file.pages.length > 0);
  if (files.length === 0) return null;
  const words = getMessages(props.locale).documents.text;
  const lang = recordLang(props.locale);
  const several = files.length > 1;
  return (
    <section className="document-text" aria-labelledby="tresc-dokumentu">
      <h2 id="tresc-dokumentu">{words.heading}</h2>
      <p className="document-text__note">{words.note}</p>
      {files.map((file) => {
        const pages = file.pages.map((page, position) => (
          <PageSection
            key={position}
            fileIndex={file.index}
            page={page}
            heading={several ? "h4" : "h3"}
            words={words}
            lang={lang}
          />
        ));
        return several ? (
          <section key={file.id} aria-labelledby={`plik-${file.index + 1}`}>
            <h3 id={`plik-${file.index + 1}`} lang={lang}>
              {file.fileName}
            </h3>
            {pages}
          </section>
        ) : (
          <div key={file.id}>{pages}</div>
        );
      })}
    </section>
  );
}

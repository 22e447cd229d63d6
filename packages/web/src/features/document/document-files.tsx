import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { fileHref, fileSizeText, fileTypeText } from "./document-format";
import { documentLabels } from "./document-labels";

export const DocumentFiles_document = graphql(`
  fragment DocumentFiles_document on Document {
    files {
      id
      fileName
      byteSize
      contentType
      textState
      pageCount
      downloadPath
    }
  }
`);

/** "PDF, 18,8 kB, 5 stron" in the page's language. */
export function fileFacts(
  file: { contentType: string; byteSize: number; pageCount: number },
  locale: Locale = "pl",
): string {
  const pages = file.pageCount > 0 && getMessages(locale).documents.files.pages(file.pageCount);
  return [fileTypeText(file.contentType), fileSizeText(file.byteSize, locale), pages]
    .filter(Boolean)
    .join(", ");
}

/** "Pliki": each file opens in the browser or downloads; a file whose text could not be read says why. */
export function DocumentFiles(props: {
  document: FragmentType<typeof DocumentFiles_document>;
  locale: Locale;
}) {
  const { locale } = props;
  const { files } = getFragmentData(DocumentFiles_document, props.document);
  const words = getMessages(locale).documents.files;
  const notes = documentLabels(locale).textStateNotes;
  const lang = recordLang(locale);
  return (
    <section aria-labelledby="pliki">
      <h2 id="pliki">{words.heading}</h2>
      {files.length === 0 ? (
        <p>{words.none}</p>
      ) : (
        <ul className="document-files">
          {files.map((file) => {
            const note = notes[file.textState];
            return (
              <li key={file.id} className="document-file">
                <p className="document-file__name">
                  <a href={fileHref(file.downloadPath)} lang={lang}>
                    {file.fileName}
                  </a>{" "}
                  <span className="muted">({fileFacts(file, locale)})</span>
                </p>
                <p>
                  <a
                    className="document-file__download"
                    href={fileHref(file.downloadPath, { download: true })}
                  >
                    {words.download}
                    <span className="visually-hidden" lang={lang}>
                      {" "}
                      {file.fileName}
                    </span>
                  </a>
                </p>
                {note && (
                  <p className="document-file__note">
                    <strong>{note}</strong> {words.notSearched}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { pluralize } from "@/lib/polish-plural";
import { fileHref, fileSizeText, fileTypeText } from "./document-format";
import { TEXT_STATE_NOTES } from "./document-labels";

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

/** "PDF, 18,8 kB, 5 stron" */
function fileFacts(file: { contentType: string; byteSize: number; pageCount: number }): string {
  const pages =
    file.pageCount > 0 && pluralize(file.pageCount, { one: "strona", few: "strony", many: "stron" });
  return [fileTypeText(file.contentType), fileSizeText(file.byteSize), pages].filter(Boolean).join(", ");
}

/** "Pliki": each file opens in the browser or downloads; a file whose text could not be read says why. */
export function DocumentFiles(props: { document: FragmentType<typeof DocumentFiles_document> }) {
  const { files } = getFragmentData(DocumentFiles_document, props.document);
  return (
    <section aria-labelledby="pliki">
      <h2 id="pliki">Pliki</h2>
      {files.length === 0 ? (
        <p>Do tego dokumentu nie dodano jeszcze plików.</p>
      ) : (
        <ul className="document-files">
          {files.map((file) => {
            const note = TEXT_STATE_NOTES[file.textState];
            return (
              <li key={file.id} className="document-file">
                <p className="document-file__name">
                  <a href={fileHref(file.downloadPath)}>{file.fileName}</a>{" "}
                  <span className="muted">({fileFacts(file)})</span>
                </p>
                <p>
                  <a
                    className="document-file__download"
                    href={fileHref(file.downloadPath, { download: true })}
                  >
                    Pobierz plik<span className="visually-hidden"> {file.fileName}</span>
                  </a>
                </p>
                {note && (
                  <p className="document-file__note">
                    <strong>{note}</strong> Wyszukiwarka nie przeszukuje treści tego pliku.
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

import { formatDate } from "@/lib/dates";
import { PanelForm } from "../../forms/panel-form";
import { uploadDocumentFileAction } from "./document-upload-action";
import { DocumentFileField } from "./document-file-field";
import type { DocumentRecord } from "./document-form";
import { TEXT_STATE_PANEL } from "./upload-answer";
import "../shared/content.css";

const EXCERPT_LENGTH = 300;

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString("pl-PL", { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;

/** The document's files with what was read from them, and the form that adds one. */
export function DocumentFiles(props: { document: DocumentRecord }) {
  const { document } = props;
  return (
    <section aria-labelledby="pliki">
      <h2 id="pliki">Pliki</h2>
      {document.files.length === 0 ? (
        <p>Dokument nie ma jeszcze plików.</p>
      ) : (
        <ul className="panel-files">
          {document.files.map((file) => {
            const excerpt = file.pages[0]?.text.trim().slice(0, EXCERPT_LENGTH);
            return (
              <li key={file.id}>
                <p>
                  <strong>{file.fileName}</strong> — {megabytes(file.byteSize)}, stron: {file.pageCount},
                  dodano {formatDate(String(file.uploadedAt))}
                </p>
                <p>Tekst: {TEXT_STATE_PANEL[file.textState]}.</p>
                {excerpt && (
                  <blockquote className="panel-files__excerpt">
                    <p>
                      <span className="visually-hidden">Początek tekstu pierwszej strony: </span>
                      {excerpt}
                      {file.pages[0]!.text.trim().length > EXCERPT_LENGTH ? "…" : ""}
                    </p>
                  </blockquote>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h3>Dodaj plik</h3>
      <PanelForm
        action={uploadDocumentFileAction}
        submitLabel="Wyślij plik"
        labels={{ file: "Plik PDF" }}
        errorTitle="Nie dodano pliku."
      >
        <input type="hidden" name="id" value={document.id} />
        <DocumentFileField />
      </PanelForm>
    </section>
  );
}

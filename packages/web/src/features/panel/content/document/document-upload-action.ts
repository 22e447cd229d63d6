"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { graphqlUrl } from "@/lib/config";
import { readPanelToken } from "@/lib/panel/session-cookie";
import { failedFormState, savedFormState, type PanelFormState } from "../../forms/form-state";
import { readUploadAnswer, TEXT_STATE_PANEL } from "./upload-answer";

const rejectedAtFile = (message: string): PanelFormState => ({
  status: "rejected",
  fieldErrors: { file: message },
  formErrors: [],
  values: {},
  message: null,
});

/** Where the API takes a document's files: its own origin, the path of the upload route. */
const uploadUrl = (documentId: string) =>
  new URL(`/files/documents/${encodeURIComponent(documentId)}`, graphqlUrl());

/**
 * Sends the chosen PDF to the API's upload route as the signed-in editor (bearer token, like every
 * panel call) and says whether its text could be read: files without a text layer wait in a queue.
 */
export async function uploadDocumentFileAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const documentId = String(formData.get("id") ?? "");
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return rejectedAtFile("Wybierz plik PDF do wysłania.");
  const token = await readPanelToken();
  const forwardedFor = (await headers()).get("x-forwarded-for");
  const body = new FormData();
  body.append("file", file, file.name);
  let answer;
  try {
    const response = await fetch(uploadUrl(documentId), {
      method: "POST",
      body,
      cache: "no-store",
      headers: {
        ...(token && { authorization: `Bearer ${token}` }),
        ...(forwardedFor && { "x-forwarded-for": forwardedFor }),
      },
    });
    answer = readUploadAnswer(response.status, await response.json().catch(() => null));
  } catch (error) {
    console.error(`Uploading a file to document ${documentId} failed`, error);
    return failedFormState({}, "Nie udało się wysłać pliku — spróbuj ponownie za chwilę.");
  }
  if (!answer.ok) return rejectedAtFile(answer.message);
  revalidatePath(`/panel/dokumenty/${documentId}`);
  return savedFormState(
    `Dodano plik ${answer.fileName} (stron: ${answer.pageCount}): ${TEXT_STATE_PANEL[answer.textState]}.`,
  );
}

import { polishApiMessage } from "../records/api-messages";

const PROPOSAL_MESSAGES: Record<string, string> = {
  "has already been reviewed": "ktoś już rozpatrzył tę propozycję — odśwież stronę",
  "must say why": "napisz, dlaczego propozycja jest odrzucona",
  "no proposal has this ID": "nie ma takiej propozycji",
};

/** The API's English error in Polish: the review's own phrasings first, then the records' ones. */
export const proposalApiMessage = (message: string) =>
  PROPOSAL_MESSAGES[message] ?? polishApiMessage(message);

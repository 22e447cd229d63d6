import { pluralize } from "@/lib/polish-plural";
import { polishApiMessage } from "../records/api-messages";

export type AccountIntent = "end-sessions" | "deactivate" | "reactivate";

const SESSIONS = { one: "sesję", few: "sesje", many: "sesji" };

/** What the panel says after an account action succeeded. */
export function accountDoneMessage(intent: AccountIntent, name: string, endedSessions = 0): string {
  if (intent === "deactivate") {
    return `Dezaktywowano konto „${name}”: jego sesje zakończono, a logowanie jest zablokowane do czasu przywrócenia konta.`;
  }
  if (intent === "reactivate") return `Przywrócono konto „${name}”: ta osoba może znów się zalogować.`;
  return endedSessions > 0
    ? `Zakończono ${pluralize(endedSessions, SESSIONS)} konta „${name}”: ta osoba musi zalogować się ponownie.`
    : `Konto „${name}” nie miało otwartych sesji.`;
}

const REFUSALS: readonly [RegExp, string][] = [
  [/your own account/, "Nie możesz dezaktywować własnego konta — poproś o to innego administratora."],
  [
    /last active administrator/,
    "To ostatnie aktywne konto administratora — najpierw zaproś innego administratora.",
  ],
  [/^(no user has this ID|is not the ID of a user)$/, "Nie ma takiego konta — odśwież stronę."],
];

/** The API's reason for refusing an account action, in Polish. */
export function accountRefusalMessage(apiMessage: string): string {
  for (const [pattern, polish] of REFUSALS) if (pattern.test(apiMessage)) return polish;
  return `Nie zmieniono konta: ${polishApiMessage(apiMessage)}.`;
}

/** The password rule of the API (packages/server/src/modules/user/password.ts), for the page that sets one. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const KNOWN: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^must be at least (\d+) characters long$/, (m) => `Hasło musi mieć co najmniej ${m[1]} znaków.`],
  [/^must be at most (\d+) characters long$/, (m) => `Hasło może mieć najwyżej ${m[1]} znaków.`],
  [/^must contain letters/, () => "Hasło musi zawierać litery, nie tylko cyfry i symbole."],
  [
    /^is one of the most commonly used passwords/,
    () => "To hasło jest na liście haseł najczęściej spotykanych w wyciekach danych. Wybierz inne.",
  ],
  [/^is too repetitive/, () => "Hasło jest zbyt powtarzalne. Wybierz inne."],
  [
    /^must not be made of your name or e-mail address/,
    () => "Hasło nie może składać się tylko z Twojego imienia, nazwiska lub adresu e-mail.",
  ],
];

/** The API's reason for refusing a password, in Polish; an unknown reason is shown as it came. */
export function passwordMessage(apiMessage: string): string {
  for (const [pattern, polish] of KNOWN) {
    const match = pattern.exec(apiMessage);
    if (match) return polish(match);
  }
  return apiMessage;
}

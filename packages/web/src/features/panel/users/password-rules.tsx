import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-messages";

/** The password rule said before anyone types (NIST SP 800-63B: length and a breach list, no composition rules). */
export function PasswordRules() {
  return (
    <section aria-labelledby="zasady-hasla" className="password-rules">
      <h2 id="zasady-hasla">Jakie hasło przyjmiemy</h2>
      <ul>
        <li>
          Co najmniej {PASSWORD_MIN_LENGTH} znaków (najwyżej {PASSWORD_MAX_LENGTH}). Długość chroni najlepiej:
          dobrym hasłem jest kilka przypadkowych słów.
        </li>
        <li>
          Nie wymagamy cyfr, wielkich liter ani znaków specjalnych. Możesz używać spacji i polskich liter.
        </li>
        <li>
          Odrzucamy hasła z listy najczęściej spotykanych w wyciekach danych (np. „password123456”, „qwerty”),
          także z cyframi lub symbolami dookoła, hasła bez liter, zbyt powtarzalne oraz złożone tylko z
          Twojego imienia, nazwiska lub adresu e-mail.
        </li>
      </ul>
    </section>
  );
}

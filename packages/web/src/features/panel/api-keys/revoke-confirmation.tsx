import { Button, ButtonLink } from "@/components/button";
import { revokeApiKeyAction } from "./revoke-api-key-action";

/**
 * The second step of revoking, as its own address (`?uniewaznij=<id>`), so that it works without
 * JavaScript: what revoking does, the button that does it, and the way back.
 */
export function RevokeConfirmation(props: { id: string; name: string; prefix: string }) {
  return (
    <section className="notice notice--error api-key-revoke" aria-labelledby="uniewaznij-naglowek">
      <h2 id="uniewaznij-naglowek">Unieważnić klucz „{props.name}”?</h2>
      <p>
        Klucz <code>{props.prefix}…</code> przestanie działać od razu: każde następne zapytanie z nim dostanie
        odmowę. Tego nie da się cofnąć — partner będzie potrzebował nowego klucza.
      </p>
      <form action={revokeApiKeyAction} className="api-key-revoke__actions">
        <input type="hidden" name="id" value={props.id} />
        <Button type="submit">Tak, unieważnij klucz</Button>
        <ButtonLink href="/panel/klucze-api" variant="secondary">
          Anuluj
        </ButtonLink>
      </form>
    </section>
  );
}

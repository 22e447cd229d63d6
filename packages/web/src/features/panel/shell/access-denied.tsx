/**
 * What a staff-only panel page shows to a signed-in user without the role (an organization's
 * representative). The API refuses such a user anyway; this only says so in words.
 */
export function AccessDenied(props: { title?: string }) {
  return (
    <>
      <h1>{props.title ?? "Brak dostępu"}</h1>
      <p className="notice" role="status">
        Ta część panelu jest dostępna tylko dla redaktorów i administratorów. Jeśli potrzebujesz dostępu,
        skontaktuj się z administratorem.
      </p>
      <p>
        <a href="/panel">Wróć do pulpitu</a>
      </p>
    </>
  );
}

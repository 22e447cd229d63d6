/** A record or page of the panel that does not exist (notFound() in a panel page), inside the panel's shell. */
export default function PanelNotFound() {
  return (
    <>
      <h1>Nie znaleziono</h1>
      <p>Tego rekordu lub tej strony panelu nie ma — mógł zostać usunięty albo adres jest niepełny.</p>
      <p>
        <a href="/panel">Wróć do pulpitu</a>
      </p>
    </>
  );
}

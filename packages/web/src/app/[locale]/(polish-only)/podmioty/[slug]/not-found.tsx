export default function OrganizationNotFound() {
  return (
    <div className="container">
      <h1>Nie znaleziono podmiotu</h1>
      <p>
        W rejestrze nie ma podmiotu o takim adresie. Mógł zostać usunięty z rejestru albo adres jest niepełny.
      </p>
      <p>
        <a href="/podmioty">Wyszukaj podmiot w rejestrze</a> albo <a href="/">wróć na stronę główną</a>.
      </p>
    </div>
  );
}

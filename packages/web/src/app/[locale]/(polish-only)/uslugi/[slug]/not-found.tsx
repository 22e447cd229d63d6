export default function ServiceNotFound() {
  return (
    <div className="container">
      <h1>Nie znaleziono usługi</h1>
      <p>
        W katalogu nie ma usługi o takim adresie. Mogła zostać wycofana z katalogu albo adres jest niepełny.
      </p>
      <p>
        <a href="/uslugi">Wyszukaj usługę w katalogu</a> albo <a href="/">wróć na stronę główną</a>.
      </p>
    </div>
  );
}

export default function DocumentNotFound() {
  return (
    <div className="container">
      <h1>Nie znaleziono dokumentu</h1>
      <p>W bazie wiedzy nie ma dokumentu o takim adresie. Mógł zostać wycofany albo adres jest niepełny.</p>
      <p>
        <a href="/dokumenty">Wyszukaj dokument</a> albo <a href="/">wróć na stronę główną</a>.
      </p>
    </div>
  );
}

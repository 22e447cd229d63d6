export default function GoodPracticeNotFound() {
  return (
    <div className="container">
      <h1>Nie znaleziono dobrej praktyki</h1>
      <p>W bazie wiedzy nie ma praktyki o takim adresie. Mogła zostać wycofana albo adres jest niepełny.</p>
      <p>
        <a href="/dobre-praktyki">Wyszukaj dobrą praktykę</a> albo <a href="/">wróć na stronę główną</a>.
      </p>
    </div>
  );
}

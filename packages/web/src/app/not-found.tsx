export default function NotFound() {
  return (
    <div className="container">
      <h1>Nie znaleziono strony</h1>
      <p>
        Ta strona nie istnieje albo adres jest niepełny. <a href="/">Wróć na stronę główną</a>.
      </p>
    </div>
  );
}

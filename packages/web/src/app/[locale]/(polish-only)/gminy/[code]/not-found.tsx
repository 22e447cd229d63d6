export default function CoverageNotFound() {
  return (
    <div className="container">
      <h1>Nie znaleziono gminy ani powiatu</h1>
      <p>
        Adres strony powinien zawierać kod TERYT gminy (7 cyfr) albo powiatu (4 cyfry), np. /gminy/2002063.
      </p>
      <p>
        <a href="/gminy">Wybierz gminę z listy gmin i powiatów</a> albo <a href="/uslugi">wyszukaj usługę</a>.
      </p>
    </div>
  );
}

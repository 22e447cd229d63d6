"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="container">
      <h1>Nie udało się wczytać danych</h1>
      <p role="alert">Serwis jest chwilowo niedostępny. Spróbuj ponownie za chwilę.</p>
      <button type="button" onClick={reset}>
        Spróbuj ponownie
      </button>
    </div>
  );
}

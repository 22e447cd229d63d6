import "./section-shortcuts.css";

const SECTIONS = [
  {
    href: "/uslugi",
    title: "Usługi społeczne",
    text: "Znajdź usługę w swojej gminie: opiekę, wytchnienie, dzienny dom, transport, poradnictwo.",
  },
  {
    href: "/podmioty",
    title: "Podmioty ekonomii społecznej",
    text: "Spółdzielnie socjalne, fundacje, CIS, ZAZ — dostawcy ze znakiem Zakup Prospołeczny.",
  },
  {
    href: "/dokumenty",
    title: "Dokumenty",
    text: "Plany deinstytucjonalizacji, programy, oceny zasobów pomocy społecznej — przeszukiwane do strony.",
  },
  { href: "/dobre-praktyki", title: "Dobre praktyki", text: "Co zadziałało w innych gminach i powiatach." },
  { href: "/dane", title: "Dane", text: "Wskaźniki obserwatorium: tabele, wykresy, mapy i pliki CSV." },
];

/** The sections of the hub, each with one sentence on what a visitor finds there. */
export function SectionShortcuts() {
  return (
    <section aria-labelledby="na-skroty" className="section-shortcuts">
      <h2 id="na-skroty">Na skróty</h2>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <a href={section.href}>{section.title}</a>
            <p>{section.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

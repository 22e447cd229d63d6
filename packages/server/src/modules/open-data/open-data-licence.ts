/** The licence of every open-data file: reuse with attribution. */
export const OPEN_DATA_LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "Obserwatorium — Regionalny Ośrodek Polityki Społecznej w Białymstoku",
} as const;

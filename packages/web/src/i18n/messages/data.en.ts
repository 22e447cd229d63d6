import { countWith } from "../plural";
import type { DataMessages } from "./data.pl";

export const dataEn: DataMessages = {
  indicators: {
    title: "Data and indicators",
    description:
      "Social policy indicators of the Podlaskie voivodeship: values in the counties, changes over time, a map of the voivodeships and counties, data to download as CSV.",
    heading: "Data and indicators",
    lead: "How the situation in the counties of the Podlaskie voivodeship is changing: choose an indicator and we will show its values in a table, on a chart and on a map. You can download the data as a CSV file.",
    recordsInPolish:
      "The names, definitions and units of the indicators and the names of places are in Polish.",
    unknown: (code: string) => `We found no indicator with the code “${code}”.`,
    chooseFromList: "Choose an indicator from the list.",
    goToField: "Go to the field",
    none: "The observatory has no indicators yet.",
    download: "Download the data as CSV",
    downloadNote:
      "(the values of the table; in Polish, semicolon as the separator, comma as the decimal mark)",
    downloadNoteRegions:
      "(the values of the table and of all voivodeships; in Polish, semicolon as the separator, comma as the decimal mark)",
    tableHeading: "Values in the counties",
    chartHeading: "Changes over time",
    droppedCounties: (max: number, dropped: number) =>
      `The chart fits at most ${countWith("en", max, { one: "county", other: "counties" })} — we left out the last ${dropped === 1 ? "one" : dropped} you ticked.`,
    regionsMapHeading: "Map of the voivodeships",
    countiesMapHeading: "Map of the counties",
    mapYear: (year: number) => `— ${year}`,
    mapCaption: (year: number) =>
      `in ${year}. The colour shows the range of values (at most 5 ranges of equal width); every value is also written on the map.`,
    mapTiles: "The counties are shown as tiles placed roughly as on a map.",
    noMapValues: "The indicator has no values to show on the map yet.",
  },
  form: {
    heading: "Choose the data",
    indicator: "Indicator",
    counties: "Counties on the chart",
    countiesHint: (max: number) =>
      `Beside the Podlaskie voivodeship, the chart shows at most ${max} of the counties you tick.`,
    map: "Map",
    mapCounties: "counties of the Podlaskie voivodeship",
    mapRegions: "voivodeships (all of Poland)",
    year: "Year on the map",
    yearHint: "If the indicator you choose has no data for this year, we show its latest year.",
    submit: "Show data",
  },
  facts: {
    demo: "Demonstration data.",
    demoNotice:
      "The values of this indicator were generated to present the website — they do not describe the real situation.",
    definition: "Definition",
    unit: "Unit of measure",
    direction: "Direction",
    source: "Data source",
    programme: "Programme",
    area: "Area of social services",
    code: "Code",
    directions: {
      HIGHER_IS_BETTER: "the higher, the better",
      LOWER_IS_BETTER: "the lower, the better",
    },
    programmes: {
      WPRES: "WPRES — Regional Programme for the Development of the Social Economy",
      KPRES: "KPRES — National Programme for the Development of the Social Economy",
      OZPS: "OZPS — assessment of social assistance resources",
      RPDI: "RPDI — Regional Plan for the Deinstitutionalisation of Social Services",
      OTHER: "other source",
    },
  },
  table: {
    empty: "The indicator has no values for the counties of the Podlaskie voivodeship yet.",
    caption: "in the counties of the Podlaskie voivodeship",
    county: "County (powiat)",
    noData: "no data",
  },
  chart: {
    empty: "The indicator has no values for the chosen areas yet.",
    period: (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`),
    exact: "The exact values are in the table above and in the CSV file.",
    title: (name: string) => `Line chart: ${name}`,
    year: "Year",
    baseline: "baseline value",
    target: "target value",
    goals: "Reference lines set in the programme:",
    legend: "Chart legend",
    noData: "no data",
  },
  map: {
    regions: "Map of the voivodeships",
    tiles: "Tile map of the counties of the Podlaskie voivodeship",
    bordersMissing:
      "The borders of the voivodeships are not available — the values are in the table below the map.",
    legend: "Legend",
    noData: "no data",
    noDataShort: "n/a",
    tableSummary: "The map's values as a table",
    tableCaption: (year: number) => `Values in ${year}`,
    unit: "Area",
    value: "Value",
  },
  units: {
    title: (name: string) => `Voivodeship ${name} — counties and municipalities`,
    description: (name: string) =>
      `The counties (powiaty) and municipalities (gminy) of the ${name} voivodeship with their TERYT codes, from the official register of Statistics Poland (GUS).`,
    heading: "Municipalities (gminy) and counties (powiaty)",
    lead: "The territorial division from the official TERYT register: counties and municipalities with their codes. To see which social services a municipality has, type its name into the",
    leadLink: "services search",
    leadEnd: ".",
    recordsInPolish: "We give the names of places in Polish, as the TERYT register does.",
    voivodeship: "Voivodeship",
    submit: "Show counties and municipalities",
    region: (name: string) => `Voivodeship ${name}`,
    counties: (count: number) => countWith("en", count, { one: "county", other: "counties" }),
    municipalities: (count: number) =>
      countWith("en", count, { one: "municipality", other: "municipalities" }),
    announce: (name: string, counties: string, municipalities: string) =>
      `Voivodeship ${name}: ${counties} and ${municipalities}.`,
    source: (date: string) => `Source: the TERYT register (Statistics Poland, GUS), as of ${date}.`,
    county: (name: string) => `${name} county (powiat)`,
    city: (name: string) => `${name} — city with county rights`,
  },
  coverage: {
    notFoundTitle: "No municipality or county found",
    municipality: (name: string) => `${name} municipality (gmina)`,
    county: (name: string) => `${name} county (powiat)`,
    city: (name: string) => `City of ${name}`,
    heading: (unit: string) => `${unit} — social services`,
    description: (unit: string) =>
      `${unit}: the number of social services in each of the 14 statutory areas, and the areas without services.`,
    available: (count: number) =>
      countWith("en", count, { one: "service available", other: "services available" }),
    explanation: "We count the services that have a place here or whose reach covers this area.",
    byArea: "Services by area",
    tableCaption: "Services in the 14 areas of social services",
    area: "Area",
    services: "Services",
    types: "Types of services",
    count: (count: number) => countWith("en", count, { one: "service", other: "services" }),
    none: "no services",
    gaps: "Gaps in access to services",
    gapsList: "No services in these areas:",
    noGaps: "This area has services in all 14 areas of social services.",
    municipalities: "Municipalities (gminy) of the county",
  },
};

import { countWith } from "../plural";
import type { Messages } from "./pl";

export const en: Messages = {
  site: {
    name: "Obserwatorium",
    description:
      "Social policy observatory: social economy entities, social services, documents and indicators of the Podlaskie region.",
    skipLink: "Skip to content",
    tagline: "Regional Social Policy Centre in Białystok",
    footer: "Obserwatorium — open-source software for regional social policy.",
    languages: "Site language",
    polishOnly: "This page is available in Polish only.",
  },
  nav: {
    label: "Main",
    home: "Home",
    organizations: "Social economy entities",
    services: "Social services",
    documents: "Documents",
    goodPractices: "Good practices",
    data: "Data",
    procurement: "Social procurement",
  },
  siteInfo: {
    label: "About the site",
    about: "About",
    accessibility: "Accessibility statement",
    contact: "Contact",
    privacy: "Privacy policy",
  },
  searchBox: {
    landmark: "Site",
    label: "Search the site",
    submit: "Search",
    suggestions: "Suggestions",
    none: "No suggestions.",
    found: (count: number) =>
      `${countWith("en", count, { one: "suggestion", other: "suggestions" })}. Use the up and down arrows to choose.`,
    kinds: {
      PLACE: "municipality or county",
      ORGANIZATION: "entity",
      SERVICE_AREA: "service area",
      SERVICE_TYPE: "type of service",
    },
  },
  home: {
    title: "Social policy observatory of the Podlaskie region",
    description:
      "Find a social service in your municipality, a supplier with the Social Procurement mark, or good practices, documents and data on social policy in the Podlaskie region.",
    heading: "Social policy observatory",
    lead: "Help and social services in the Podlaskie region, social economy suppliers and knowledge of what works — in one place.",
    searchLabel: "What are you looking for?",
    searchHint:
      "Type what you need and where, e.g. “opieka wytchnieniowa Łapy” (respite care in Łapy). Search works in Polish.",
    searchSubmit: "Search",
    findService: "Find a service",
    findServiceText:
      "For residents: care, family support, help for older people and people with disabilities.",
    allServices: "All social services",
    servicesCount: (count: number) =>
      `In the catalogue: ${countWith("en", count, { one: "service", other: "services" })}`,
    findSupplier: "Find a supplier — social procurement",
    findSupplierText:
      "For local authorities: social cooperatives, foundations, social integration centres and other social economy entities that can carry out a contract.",
    reservedContracts: "Reserved contracts and social clauses — find suppliers",
    registry: "Register of social economy entities",
    certifiedSuppliers: "Suppliers with the Social Procurement mark",
    organizationsCount: (count: number) =>
      `In the register: ${countWith("en", count, { one: "entity", other: "entities" })}`,
    knowledge: "Knowledge: good practices, documents, data",
    knowledgeText:
      "What worked in other municipalities, the region's plans and programmes, the observatory's indicators.",
    goodPractices: "Good practices",
    documents: "Documents",
    data: "Data and indicators",
    knowledgeCount: (goodPractices: number, documents: number) =>
      `${countWith("en", goodPractices, { one: "good practice", other: "good practices" })} · ${countWith("en", documents, { one: "document", other: "documents" })}`,
    latestCertificates: "Latest “Zakup Prospołeczny” (Social Procurement) certificates",
    allCertified: "All suppliers with the Social Procurement mark",
    noCertificates: "No certificate is currently valid.",
    unpublishedHolder: "Unpublished entity",
    validFrom: (date: string) => `valid from ${date}`,
    demo: "demonstration data",
    latestDocuments: "Latest documents",
    allDocuments: "All documents",
    noDocuments: "No documents have been published yet.",
    places: "Municipalities and counties of the region — list with TERYT codes",
  },
  journey: {
    breadcrumb: "Find a service",
    nearYou: "Services near you",
    placeLabel: "Municipality or county",
    placeHint: "For example: Łapy, Sokółka, powiat augustowski. We will show the services available there.",
    showServices: "Show services",
    seeAll: (audience: string, count: number) =>
      `See all services ${audience} in the search (${count.toLocaleString("en-GB")})`,
    examples: "Example services in the Podlaskie region",
    none: "There are no such services in the catalogue yet.",
    found: (count: number, audience: string) =>
      `We found ${countWith("en", count, { one: "service", other: "services" })} ${audience} in the catalogue.`,
    showingFirst: (shown: number) => `Showing the first ${shown}.`,
    showAll: (count: number) =>
      `Show all ${countWith("en", count, { one: "service", other: "services" })} in the search and narrow to your municipality`,
    recordsInPolish: "The descriptions of the services come from their providers and are in Polish.",
  },
  serviceCard: {
    provider: "Provided by",
    cost: "Cost",
    place: "Place",
    residents: "For residents of",
    noProvider: "provider not given",
    noAddress: "no fixed address",
    badges: "Labels",
    stale: "The information may be out of date",
    demo: "Demonstration data",
    morePlaces: (count: number) =>
      `and ${countWith("en", count, { one: "other place", other: "other places" })}`,
  },
  notFound: {
    title: "Page not found",
    text: "This page does not exist or the address is incomplete.",
    home: "Go back to the home page",
  },
  error: {
    title: "The data could not be loaded",
    text: "The site is temporarily unavailable. Please try again in a moment.",
    retry: "Try again",
  },
};

import { countWith } from "../plural";
import type { Messages } from "./pl";
import { FALLBACK_PAGES } from "./fallback-pages";

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
  services: {
    title: "Social services — search",
    description:
      "Search the social services of the Podlaskie region: care, family support, help for people with disabilities and older people — in your municipality and county.",
    heading: "Social services",
    lead: "Find help for yourself and your family: care, family support, services for older people and people with disabilities — in your municipality (gmina) and county (powiat) in the Podlaskie region.",
    skipToResults: "Skip to the results",
    results: "Results",
    goToField: "Go to the field",
    placeLead: "Services available in:",
    found: (count: number) => `Found ${countWith("en", count, { one: "service", other: "services" })}`,
    pageOf: (page: number, pages: number) => `page ${page} of ${pages}`,
    noSuchPage: (page: number, pages: number) =>
      `There is no page ${page} — the results fit on ${countWith("en", pages, { one: "page", other: "pages" })}.`,
    firstPage: "Go to the first page",
    views: "Results view",
    listView: "List",
    mapView: "Map and list",
    empty: {
      catalogue: "The catalogue does not contain any services yet.",
      noMatch: "We found no services that meet all the conditions you chose.",
      whatToDo: "What you can do:",
      fewerWords:
        "type fewer words or a more general word, e.g. the kind of help (“opieka” — care, “posiłek” — meals),",
      countyInstead:
        "type the name of the county (powiat) instead of the municipality, or clear the field “Municipality or county”,",
      uncheck: "untick some of the boxes in the filters,",
      clearAll: "clear all filters",
      startOver: "and start again.",
    },
    errors: {
      invalid: "Invalid filter:",
      textTooLong: "the search text can be at most 200 characters long.",
      unknownPlace: "we did not recognise this place; type the name of the municipality or county again.",
      noPage: "there is no such page of results.",
      other: "check what you typed or clear the filters.",
    },
  },
  serviceFilters: {
    heading: "Search filters",
    textLabel: "What are you looking for?",
    textHint:
      "Search works in Polish, e.g. “opieka wytchnieniowa” (respite care), “klub seniora Sokółka” (senior club in Sokółka). Polish letters are not required.",
    errorPrefix: "Error: ",
    areas: "Area of services",
    audience: "Who it is for",
    countHint: "In brackets: the number of services in the whole catalogue.",
    cost: "Cost",
    freeOnly: "free only",
    more: "How the service is provided, accessibility and language",
    deliveryModes: "How the service is provided",
    accessibility: "Accessibility",
    accessibilityHint: "We will show services that have all the ticked features.",
    languages: "Language spoken",
    submit: "Search",
    clear: "Clear filters",
  },
  placePicker: {
    label: "Municipality or county",
    hint: "For example Łapy or powiat sejneński. We will show services in this place and those that cover its residents.",
    otherPlace: "Did you mean another place?",
    notFoundTitle: "We could not find the place:",
    notFound: (text: string) =>
      `there is no municipality or county called “${text}” in the Podlaskie region. Check the spelling or type the name of the county.`,
    county: (name: string) => `powiat ${name} (county)`,
    city: (name: string) => `${name} (city with county rights)`,
    gmina: (kind: string, name: string, county: string | null) =>
      `${name} (${kind}${county ? `, powiat ${county}` : ""})`,
  },
  pagination: {
    label: "Result pages",
    previous: "Previous page",
    next: "Next page",
    current: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
  serviceMap: {
    label: "Map of services",
    caption: (shown: number) =>
      `On the map: ${countWith("en", shown, { one: "service", other: "services" })} from this page of results`,
    captionEnd: ".",
    captionUnplaced: "; the others have no location given.",
    stale: "the information may be out of date",
    tiles: "Map background:",
    legend: "Key",
    legendPin:
      "circle with a number — a service; the number is the same as in the list of results, and the marker leads to the service's description",
    legendStale: "square — a service whose information may be out of date",
    legendSpread:
      "line — several services at one address: the markers are moved apart, and the line leads to the address",
    legendOutline: "line around the map — the border of the region",
  },
  service: {
    breadcrumb: "Service search",
    description: (serviceType: string) =>
      `${serviceType}: who it is for, what it costs, how to apply, where and when.`,
    print: "Print",
    pageAddress: "Page address:",
    badges: "Labels",
    staleBadge: "Information out of date",
    demoBadge: "Demonstration data",
    demoTitle: "Demonstration data.",
    demoText:
      "This description was prepared to present the site — it is not confirmed information about a service.",
    recordInPolish: "The description of the service comes from its provider and is in Polish.",
    notFound: FALLBACK_PAGES.en.serviceNotFound,
    about: {
      heading: "What it is",
      type: "Type of service",
      area: "Area of social services",
      legalBasis: "Legal basis",
      available: "Service available",
      from: (date: string) => `from ${date}`,
      to: (date: string) => `until ${date}`,
      between: (from: string, to: string) => `from ${from} to ${to}`,
    },
    audience: {
      heading: "Who it is for",
      age: "Age",
      ageRange: (min: number | null, max: number | null) => {
        const years = (age: number) => `${age} ${age === 1 ? "year" : "years"}`;
        if (min === null) return `up to ${years(max ?? 0)}`;
        if (max === null) return `${years(min)} and over`;
        return `from ${min} to ${years(max)}`;
      },
      anyAge: "no age limits",
      certificate: "Disability certificate",
      certificateRequired:
        "a disability certificate (orzeczenie o niepełnosprawności) or an equivalent is required",
      certificateNotRequired: "a disability certificate is not required",
      income: "Income criterion",
      incomeMatters: "yes — your income decides whether you get the service or how much you pay",
      incomeIrrelevant: "no — your income does not matter",
      residence: "Place of residence",
      residenceRequired: "only for residents of the area the service covers",
      residenceNotRequired: "you do not need to live in the area of the service",
    },
    cost: {
      heading: "What it costs",
      kind: "Payment",
      price: "Price",
    },
    apply: {
      heading: "How to apply",
      noSteps: "The provider has not yet described how to use the service — please contact them.",
      documents: "Documents you need",
      noDocuments: "The provider has not given a list of documents.",
      waitingTime: "Waiting time:",
    },
    places: {
      heading: "Where and when",
      noAddress: "The provider has not given the address where the service is provided.",
      gmina: (name: string) => `${name} municipality`,
      delivery: "How it is provided",
      notGiven: "not given",
      accessibility: "Accessibility",
      noAccessibility:
        "the provider has not listed any accessibility features — ask about them before your visit",
      languages: "Languages",
    },
    hours: {
      caption: "Opening hours",
      day: "Day",
      hours: "Hours",
      closed: "closed",
      weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
      none: "No opening hours are given — arrange a time with the provider.",
      exceptions: "Different hours on some days",
      onDate: (date: string) => `${date}:`,
    },
    provider: {
      heading: "Who provides it",
      notPublic: "The provider has no public entry in the register of entities.",
    },
    areas: {
      heading: "Area",
      covers: "The service is for residents of:",
      none: "The provider has not given the area — ask whether the service covers the place where you live.",
    },
    verification: {
      staleSince: (date: string) => `The information may be out of date — last checked on ${date}.`,
      staleNever: "The information may be out of date — it has not been checked yet.",
      staleAdvice:
        "Before you use the service, confirm the hours and conditions with the provider. If something has changed,",
      staleReport: "report outdated information",
      verifiedOn: (date: string) => `Information checked on ${date}`,
      notVerified: "The information has not been checked yet.",
      staleSuffix: " — the information may be out of date.",
    },
    report: {
      heading: "Report outdated information",
      intro:
        "Have you noticed a mistake or has something changed? Write to us — the editors will check the information with the provider.",
      notSent: "The report was not sent.",
      sending: "Sending the report…",
      sent: "Thank you. Your report will go to the editors.",
      messageLabel: "What is out of date?",
      messageHint: (min: number, max: number) =>
        `For example: the opening hours, the address or the conditions have changed. From ${min} to ${max} characters.`,
      contactLabel: "Your email or phone number (optional)",
      contactHint: "Give it if the editors may ask you for details. We do not publish it.",
      errorPrefix: "Error: ",
      submit: "Send report",
    },
    reportErrors: {
      messageEmpty: "Describe what is out of date.",
      messageTooShort: (min: number, length: number) =>
        `The description is too short — write at least ${min} characters (now: ${length}).`,
      messageTooLong: (max: number, length: number) =>
        `The description is too long — it can have at most ${max} characters (now: ${length}).`,
      messageLength: (min: number, max: number) =>
        `The description must have from ${min} to ${max} characters.`,
      contactTooLong: (max: number) => `The contact can have at most ${max} characters.`,
      contactInvalid:
        "Type an email address (e.g. jan.kowalski@example.pl) or a phone number (e.g. 85 123 45 67) — or leave this field empty.",
      serviceGone: "This service is no longer in the catalogue, so it cannot be reported. Refresh the page.",
      rateLimited: "Too many reports were sent from this address. Please try again later.",
      rejected: "The report could not be sent. Check the fields of the form and try again.",
      unavailable:
        "The report could not be sent — the site is temporarily unavailable. Please try again in a moment.",
    },
  },
  notFound: FALLBACK_PAGES.en.notFound,
  error: FALLBACK_PAGES.en.error,
};

import { countWith } from "../plural";
import type { Messages } from "./pl";
import { FALLBACK_PAGES } from "./fallback-pages";
import { registryEn } from "./registry.en";
import { knowledgeEn } from "./knowledge.en";
import { documentsEn } from "./documents.en";
import { dataEn } from "./data.en";
import { eventsEn } from "./events.en";
import { apiDocsEn } from "./api-docs.en";

export const en: Messages = {
  site: {
    name: "Obserwatorium",
    description:
      "Social policy observatory: social economy entities, social services, documents and indicators of the Podlaskie region.",
    skipLink: "Skip to content",
    breadcrumbs: "Breadcrumb",
    tagline: "Regional Social Policy Centre in Białystok",
    footer: "Obserwatorium — open-source software for regional social policy.",
    languages: "Site language",
    polishOnly: "This page is available in Polish only.",
    print: "Print",
    pageAddress: "Page address:",
  },
  nav: {
    label: "Main",
    home: "Home",
    organizations: "Social economy entities",
    services: "Social services",
    documents: "Documents",
    goodPractices: "Good practices",
    events: "Events",
    data: "Data",
    procurement: "Social procurement",
  },
  siteInfo: {
    label: "About the site",
    about: "About",
    accessibility: "Accessibility statement",
    contact: "Contact",
    privacy: "Privacy policy",
    api: "API for partners",
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
  search: {
    title: "Search results",
    description:
      "One search for the whole site: social services, social economy entities, good practices, documents (down to the page) and the municipalities and counties of the Podlaskie region.",
    heading: "Search results",
    askForText:
      "Type what you are looking for: a service, a social economy entity, a document, a municipality or a county.",
    degraded: "The search is running in fallback mode — the results may be less accurate.",
    goToField: "Go to the field",
    results: "Results",
    found: (count: number) => `Found ${countWith("en", count, { one: "result", other: "results" })}`,
    pageOf: (page: number, pages: number) => `page ${page} of ${pages}`,
    none: "No results: nothing was found.",
    noSuchPage: (page: number) => `There is no page ${page}.`,
    firstPage: "Go to the first page",
    form: {
      landmark: "Search",
      textLabel: "What are you looking for?",
      textHint:
        "For example “opieka wytchnieniowa Łapy” (respite care), “spółdzielnia socjalna” (social cooperative). The records are in Polish; Polish letters are not required.",
      showOnly: "Show only",
      placeHint:
        "For example Łapy or powiat sejneński. We will show what concerns this place, including its whole county and region.",
      serviceAreas: "Area of support",
      targetGroups: "Who it is for",
      legalForms: "Legal form of the entity",
      documentKinds: "Kind of document",
      freeOnly: "Free services only",
      submit: "Search",
    },
    types: {
      SERVICE: { label: "Service", plural: "Services" },
      ORGANIZATION: { label: "Entity", plural: "Social economy entities" },
      GOOD_PRACTICE: { label: "Good practice", plural: "Good practices" },
      DOCUMENT: { label: "Document", plural: "Documents" },
      TERRITORIAL_UNIT: { label: "Place", plural: "Municipalities and counties" },
    },
    anyType: "Result",
    documentPage: (page: number) => `page ${page}`,
    empty: {
      noMatch: (text: string) => `We found nothing for “${text}”.`,
      didYouMean: "Did you mean:",
      whatToDo: "What you can do:",
      spelling: "check the spelling or type fewer words,",
      broader: "use a more general word, e.g. “opieka” (care) instead of “opiekunka” (carer),",
      moreTypes: "tick more kinds of results, or none,",
      withoutFilters: "search without narrowing (place, areas, groups, legal forms and kinds of document)",
      browse: "browse",
      services: "social services",
      organizations: "social economy entities",
      or: "or",
      documents: "documents",
      startOver: "start again",
    },
  },
  toFill: (what: string) => `[to be completed by ROPS: ${what}]`,
  about: {
    title: "About the site",
    description:
      "What the Social Policy Observatory of the Podlaskie region is, who runs it, what data it holds and on what terms it shares them.",
    heading: "About the site",
    lead: "Obserwatorium (the Observatory) is a website about social policy in the Podlaskie region. It brings together information on social services, social economy entities, documents, good practices and the region's indicators.",
    operatorHeading: "Who runs the site",
    operatorBefore: "The site is run by the",
    operatorAfter:
      "— the body of the Podlaskie regional government responsible for social policy in the region. You will find our contact details on the",
    contactLink: "Contact page",
    contentsHeading: "What you will find on the site",
    contents: {
      services: {
        link: "Social services",
        text: "— a catalogue of services residents can use: who they are for, what they cost, how to apply, and where and when they are provided.",
      },
      organizations: {
        link: "Social economy entities",
        text: "— a register of social cooperatives, foundations, associations, social integration centres and clubs (CIS, KIS), vocational activity centres (ZAZ), occupational therapy workshops (WTZ) and other entities, with what they offer and their social enterprise status.",
      },
      procurement: {
        link: "Social procurement",
        text: "— entities and products that carry the “Zakup Prospołeczny” (socially responsible purchase) mark.",
      },
      documents: {
        link: "Documents",
        text: "— deinstitutionalisation plans, programmes, strategies, assessments of social assistance resources and reports, with search in their full text.",
      },
      goodPractices: { link: "Good practices", text: "— descriptions of proven solutions from the region." },
      data: {
        link: "Data and indicators",
        text: "— the observatory's indicators for counties and regions, with data to download in CSV format.",
      },
    },
    demoHeading: "Demonstration data",
    demoBefore: "Some records are marked as",
    demoLabel: "“demonstration data”",
    demoAfter:
      ". We prepared them to show how the site works: they are not confirmed information about services, entities, documents or indicator values. Do not base any decisions on them.",
    sources:
      "Data that are not for demonstration come from local governments, social assistance units and the entities themselves. Each record shows the date it was last verified and the source. If you spot a mistake, report it with the form on the service's page or write to us.",
    openHeading: "Open-source software and open data",
    openText:
      "Obserwatorium is open-source software. All public data are also available through an open GraphQL API that partners' systems can use, and the indicators can be downloaded in CSV format. The indicators are published under the Creative Commons Attribution 4.0 licence (CC BY 4.0).",
    accessibilityHeading: "Accessibility",
    accessibilityBefore:
      "We design the site to meet WCAG 2.2 at level AA. The state of accessibility and how to report problems are described in the",
    accessibilityLink: "accessibility statement",
  },
  contact: {
    title: "Contact",
    description:
      "How to contact the Obserwatorium editorial team at the Regional Social Policy Centre in Białystok: address, e-mail, phone and reporting mistakes in the data.",
    heading: "Contact",
    lead: (operator: string) =>
      `The site is run by the ${operator}. Write to us if you have a question about the data, want to add or correct information about your service or organisation, or something on the site does not work.`,
    editorsHeading: "Obserwatorium editorial team",
    postalAddress: "postal address",
    email: "E-mail",
    phone: "Phone",
    phoneToFill: "phone number",
    staleHeading: "Out-of-date information about a service",
    staleText:
      "Every service's page has a “Report out-of-date information” form. It is the quickest way: the report reaches the editorial team together with the service's address, and the team checks the details with the provider.",
    accessibilityHeading: "Accessibility of the site",
    accessibilityBefore:
      "If you cannot use some part of the site, use the contact details and the procedure described in the",
    accessibilityLink: "accessibility statement",
    privacyHeading: "Personal data",
    privacyBefore: "How we process personal data is described in the",
    privacyLink: "privacy policy",
  },
  privacy: {
    title: "Privacy policy",
    description:
      "How Obserwatorium processes personal data (GDPR): the controller, purposes, retention periods, your rights, cookies.",
    heading: "Privacy policy",
    lead: "You can browse the site anonymously: residents do not need an account, we do not track visits, and we use no analytics or advertising tools.",
    controllerHeading: "Data controller",
    controllerBefore: (operator: string) => `The controller of personal data is the ${operator},`,
    seatToFill: "registered office address",
    controllerEmail: ", e-mail:",
    officer: ". On any matter concerning personal data you can write to the data protection officer:",
    purposesHeading: "What data, for what purpose and on what legal basis",
    purposes: [
      {
        title: "Reports of out-of-date information.",
        text: "When you report that information about a service is out of date, we process the content of the report and — if you give it — your contact details, in order to check and correct the data and to reply if needed. The legal basis is the performance of a task carried out in the public interest (Article 6(1)(e) GDPR). Giving your contact details is voluntary. To protect the form from abuse, we keep a hash of your IP address — not the address itself — for one hour.",
      },
      {
        title: "Editors' accounts.",
        text: "For staff who edit the data, we process their first name and surname, e-mail address, role and a log of the changes they made. The legal basis is the performance of a task carried out in the public interest and the employer's obligations (Article 6(1)(c) and (e) GDPR).",
      },
      {
        title: "Contact details of entities and services.",
        text: "The register contains business contact details of entities and service providers (address, phone, e-mail), which we publish so that residents can use them (Article 6(1)(e) GDPR).",
      },
      {
        title: "Event registrations.",
        text: "When you register for a training, conference or other event, we process your name, e-mail address, institution, role, the gmina of your institution and — if you give them — your accessibility needs, in order to organise the event, keep the attendance and waiting lists and report on the project (how many people from which institutions were trained). The legal basis is your consent, whose wording we store with the moment you gave it (Article 6(1)(a) GDPR), and for accessibility needs Article 9(2)(a) GDPR. Only editors see the data. To protect the form from abuse, we keep a hash of your IP address — not the address itself — for one hour.",
      },
    ],
    retentionHeading: "How long we keep the data",
    retention: [
      "Reports — until they have been dealt with, and then for the period required by the archiving rules.",
      "The hash of the IP address from the report form — one hour.",
      "Editors' accounts — for as long as the person holds the role; the change log — as long as the data it concerns, for accountability.",
      "Event registrations — 90 days after the event ends; then we delete the name, e-mail address and accessibility information and keep only statistical data (institution, role, gmina).",
    ],
    rightsHeading: "Your rights",
    rights:
      "You have the right to access your data, to have it corrected, erased or its processing restricted, and the right to object to the processing. You also have the right to lodge a complaint with the President of the Personal Data Protection Office (Urząd Ochrony Danych Osobowych, ul. Stawki 2, 00-193 Warszawa). We make no automated decisions and do no profiling. We do not transfer data outside the European Economic Area.",
    cookiesHeading: "Cookies",
    cookiesBefore: "The site uses",
    cookiesOne: "a single, technical",
    cookiesSession: "cookie: the session of a signed-in editor (",
    cookiesAfter:
      "). It is set only after signing in and is necessary for the editorial team's work. Residents browsing the site get no cookies at all. We use no analytics, advertising or tracking cookies, so we do not ask for consent to them.",
  },
  accessibilityStatement: {
    title: "Accessibility statement",
    description:
      "Accessibility statement of the Obserwatorium website of the Regional Social Policy Centre in Białystok: compliance with the Polish Digital Accessibility Act, contact and the request and complaint procedure.",
    heading: "Accessibility statement",
    introCommits:
      "is committed to making its website accessible in accordance with the Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies. This accessibility statement applies to the website",
    siteName: (url: string) => `Obserwatorium (${url})`,
    datesHeading: "Dates of publication and update",
    publishedOn: "Date the website was published:",
    publishedToFill: "publication date (YYYY-MM-DD)",
    updatedOn: "Date of the last major update:",
    statusHeading: "Compliance status",
    statusBefore: "This website is",
    statusPartial: "partially compliant",
    statusAfter:
      "with the Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies, because of the non-compliances listed below. We design and test the site against WCAG 2.2 at level AA, but until an external accessibility audit we do not claim full compliance.",
    nonCompliantHeading: "Non-compliances",
    nonCompliant: [
      "The English and Ukrainian versions of the site are being prepared; for now only some pages are available in English and Ukrainian, and the others are in Polish.",
      "The service map is a simplified drawing (SVG) with points for the services; it does not show every detail of the terrain. The same services are always available in the list view, and the indicator maps have tables with the values.",
      "Some PDF files, including all the demonstration documents, are not tagged. We show the text of these files on the document's page, split into pages. Scans without a text layer are not accessible to screen readers — on request we will prepare their content in an accessible form.",
      "Information about the site in easy-to-read text (ETR) and in Polish Sign Language is being prepared.",
    ],
    preparationHeading: "Preparation of this accessibility statement",
    preparedOn: "Date this statement was prepared:",
    reviewedOn: "Date this statement was last reviewed:",
    methodBefore: "This statement was prepared on the basis of a",
    methodSelfAssessment: "self-assessment",
    methodAfter:
      " carried out by the public body, supported by automated accessibility tests (the axe library) that run on every change to the site on all its main pages.",
    contactHeading: "Feedback and contact details",
    contactIntro:
      "If you notice accessibility problems on the website or need information in another, accessible form, please contact us:",
    contactPerson: "contact person:",
    contactPersonToFill: "name of the accessibility coordinator",
    contactEmail: "e-mail:",
    contactPhone: "phone:",
    contactPhoneToFill: "phone number",
    contactRequests:
      "In the same way you can ask for inaccessible information to be made available, and request that the website or an element of it be made digitally accessible.",
    procedureHeading: "Request and complaint procedure",
    procedureRightBefore: "Everyone has the right to",
    procedureRight: "request digital accessibility",
    procedureRightAfter: "of a website or an element of it. The request should include:",
    procedureContents: [
      "the contact details of the person making the request,",
      "the website or the element of the website concerned,",
      "the preferred way of providing the information, if the request is for alternative access.",
    ],
    deadlineBefore: "We will deal with the request without delay and",
    deadline7Days: "no later than within 7 days",
    deadlineMiddle:
      "of receiving it. If this is not possible within that time, we will promptly tell you when we will deal with it — no later than within",
    deadline2Months: "2 months",
    deadlineAfter:
      "of the request. If digital accessibility cannot be provided, we may offer an alternative way of accessing the information.",
    complaintBefore:
      "If we refuse the request, miss the deadline, or you do not agree to the alternative way of access, you can lodge a",
    complaint: "complaint",
    complaintAfter:
      "about the digital accessibility of the website or an element of it. The complaint is submitted to the Regional Social Policy Centre in Białystok.",
    ombudsmanBefore: "Once this procedure has been exhausted, you can apply to the",
    ombudsman: "Commissioner for Human Rights (Rzecznik Praw Obywatelskich)",
    externalSite: "(external site)",
    architectureHeading: "Architectural accessibility",
    architectureToFill:
      "description of the accessibility of the ROPS building: entrance, lifts, corridors, parking spaces for people with disabilities, induction loop, access with an assistance dog, Braille signage",
    signLanguageHeading: "Sign language interpreting",
    signLanguage:
      "People entitled under the Act of 19 August 2011 on sign language and other means of communication can use the free help of an interpreter of Polish Sign Language (PJM), Signed Polish (SJM) or the communication methods of deafblind people (SKOGN). Please let us know that you need an interpreter at least 3 working days before your visit, except in emergencies, by writing to",
    appsHeading: "Mobile applications",
    apps: (operator: string) => `The ${operator} does not provide mobile applications for this site.`,
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
  knowledge: knowledgeEn,
  documents: documentsEn,
  data: dataEn,
  notFound: FALLBACK_PAGES.en.notFound,
  error: FALLBACK_PAGES.en.error,
  registry: registryEn,
  events: eventsEn,
  apiDocs: apiDocsEn,
};

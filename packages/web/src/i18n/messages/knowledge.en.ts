import { countWith } from "../plural";
import type { KnowledgeMessages } from "./knowledge.pl";

export const knowledgeEn: KnowledgeMessages = {
  goodPractices: {
    title: "Good practices",
    description:
      "Good practices in social policy from the Podlaskie region: what was done, where, who ran it, with what money and with what effect.",
    heading: "Good practices",
    lead: "Proven ideas from the municipalities, counties and organizations of the Podlaskie region: what was done, who ran it, what it cost and what came of it.",
    recordsInPolish:
      "The descriptions of the good practices are written by the knowledge base editors in Polish.",
    skipToResults: "Skip to results",
    results: "Results",
    placeLead: "Good practices from:",
    found: (count: number) =>
      `Found ${countWith("en", count, { one: "good practice", other: "good practices" })}`,
    pageOf: (page: number, pages: number) => `page ${page} of ${pages}`,
    none: "No results: no good practices found.",
    noSuchPage: (page: number) => `There is no page ${page}.`,
    outOfRange: (page: number, pages: number) =>
      `There is no page ${page} — the results fit on ${countWith("en", pages, { one: "page", other: "pages" })}.`,
    firstPage: "Go to the first page",
    empty: {
      knowledgeBase: "The knowledge base does not contain any good practices yet.",
      noMatch: "We found no good practices that meet all the chosen conditions.",
      whatToDo: "What you can do:",
      fewerWords:
        "type fewer words or a more general one, e.g. “senior”, “housing” (Polish words work best),",
      countyInstead:
        "type the name of the county instead of the municipality, or clear the “Municipality or county” field,",
      uncheck: "untick some of the options or widen the period,",
      clearAll: "clear all filters",
      startOver: "and start again.",
    },
    errors: {
      invalid: "Invalid filter:",
      textTooLong: "the search text can be at most 200 characters long.",
      unknownPlace: "we did not recognise this place; type the name of the municipality or county again.",
      noPage: "there is no such page of results.",
      other: "check the chosen values or clear the filters.",
    },
  },
  goodPracticeFilters: {
    heading: "Search filters",
    textLabel: "What are you looking for?",
    textHint:
      "E.g. “mieszkanie treningowe” (training flat), “klub seniora” (senior club). Polish letters are not required.",
    placeHint:
      "E.g. Łapy or powiat sejneński. We will show practices from that place and those that covered it.",
    period: "Period",
    periodHint: "We will show practices that ran during at least part of the chosen years.",
    fromYear: "From year",
    toYear: "To year",
    anyYear: "any",
    areas: "Area of social services",
    audience: "Who it is for",
    submit: "Search",
    clear: "Clear filters",
  },
  goodPractice: {
    notFoundTitle: "Good practice not found",
    demo: "Demonstration data",
    demoNotice:
      "This description was prepared to present the site — the project, people and figures are made up.",
    where: "Where",
    when: "When",
    themes: "Themes",
    notGiven: "not given",
    overview: "At a glance",
    areas: "Area of social services",
    audience: "Who it is for",
    who: "Carried out by",
    noOrganization: "no entity from the register given",
    period: "Period",
    funding: "Funding",
    fundingSource: "Source of funding",
    results: "Results in figures",
    resultsCaption: "Measured effects of the practice",
    measured: "What was measured",
    value: "Result",
    contact: "Contact",
    contactPerson: "Contact person",
    email: "Email",
    phone: "Phone",
    materials: "Materials",
    year: (year: number) => String(year),
    date: (formatted: string) => `${formatted}`,
    ongoing: (from: string) => `since ${from}, ongoing`,
    between: (from: string, to: string) => `from ${from} to ${to}`,
  },
};

import {
  isTerytCode,
  normalizePhone,
  slugify,
  validateEmail,
  validatePhone,
  validateSlug,
  validateWebsite,
  type FundingKind,
  type ServiceArea,
  type TargetGroup,
} from "@obserwatorium/schema";
import type { UserError } from "../common/user-error.type";
import type { GoodPracticeInput } from "./dto/good-practice.input";
import {
  inOrder,
  MAX_PERIOD_YEAR,
  MIN_PERIOD_YEAR,
  parsePeriodEnd,
  startsBy,
  type PeriodEnd,
} from "./good-practice-period";

const MAX_TITLE = 300;
const MAX_SUMMARY = 1_000;
const MAX_BODY = 50_000;
const MAX_SHORT_TEXT = 200;
const MAX_UNIT = 40;
const MAX_URL = 2_000;
const MAX_AREAS = 200;
const MAX_ORGANIZATIONS = 50;
const MAX_RESULTS = 50;
const MAX_ATTACHMENTS = 20;
/** numeric(16, 4) holds less than 10^12. */
const MAX_RESULT_VALUE = 999_999_999_999;

/** The input after trimming and normalization, ready to store. */
export interface NormalizedGoodPractice {
  title: string;
  slug: string;
  summary: string;
  bodyMarkdown: string;
  serviceAreas: ServiceArea[];
  targetGroups: TargetGroup[];
  areaCodes: string[];
  /** Global IDs, still to be checked against the registry. */
  organizationIds: string[];
  periodFromYear: number;
  periodFromDate: string | null;
  periodToYear: number | null;
  periodToDate: string | null;
  fundingKinds: FundingKind[];
  fundingSource: string;
  results: { indicator: string; value: number; unit: string }[];
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  attachments: { title: string; url: string }[];
}

const trimmed = (value: string | null | undefined) => value?.trim() ?? "";
const unique = <T>(values: readonly T[] | null | undefined) => [...new Set(values ?? [])];

/** Checks everything that needs no database; returns every problem with its input path. */
export function validateGoodPracticeInput(input: GoodPracticeInput, today: string) {
  const errors: UserError[] = [];
  const problem = (field: string[], message: string | null) => {
    if (message) errors.push({ field: ["input", ...field], message });
  };
  const text = (field: string[], value: string | null | undefined, max: number, required = false) => {
    const result = trimmed(value);
    if (required && !result) problem(field, "must not be empty");
    else if (result.length > max) problem(field, `must be at most ${max} characters`);
    return result;
  };
  const atMost = (field: string, values: readonly unknown[], max: number, what: string) => {
    if (values.length > max) problem([field], `must list at most ${max} ${what}`);
  };

  const title = text(["title"], input.title, MAX_TITLE, true);
  const slug = trimmed(input.slug) || slugify(title);
  problem(["slug"], validateSlug(slug));
  const summary = text(["summary"], input.summary, MAX_SUMMARY, true);
  const bodyMarkdown = text(["bodyMarkdown"], input.bodyMarkdown, MAX_BODY, true);

  const serviceAreas = unique(input.serviceAreas);
  if (serviceAreas.length === 0) problem(["serviceAreas"], "must name at least one area");
  const areaCodes = unique(input.areaCodes.map((code) => code.trim()));
  if (areaCodes.length === 0) problem(["areaCodes"], "must name at least one TERYT unit");
  atMost("areaCodes", areaCodes, MAX_AREAS, "units");
  areaCodes.forEach((code, index) => {
    if (!isTerytCode(code)) problem(["areaCodes", String(index)], "must be a TERYT code of 2, 4 or 7 digits");
  });
  const organizationIds = unique(input.organizationIds?.map((id) => id.trim())).filter(Boolean);
  atMost("organizationIds", organizationIds, MAX_ORGANIZATIONS, "organizations");

  const period = validatePeriod(input.period, today, problem);
  const fundingSource = text(["funding", "source"], input.funding?.source, MAX_SUMMARY);

  const results = (input.results ?? []).map((result, index) => {
    const path = ["results", String(index)];
    if (!Number.isFinite(result.value) || Math.abs(result.value) > MAX_RESULT_VALUE) {
      problem([...path, "value"], "must be a number below a trillion");
    }
    return {
      indicator: text([...path, "indicator"], result.indicator, MAX_SHORT_TEXT, true),
      value: Math.round(result.value * 10_000) / 10_000,
      unit: text([...path, "unit"], result.unit, MAX_UNIT),
    };
  });
  atMost("results", results, MAX_RESULTS, "results");

  const contactName = text(["contact", "name"], input.contact?.name, MAX_SHORT_TEXT) || null;
  const contactEmail = trimmed(input.contact?.email) || null;
  problem(["contact", "email"], contactEmail && validateEmail(contactEmail));
  const phone = trimmed(input.contact?.phone) || null;
  const phoneProblem = phone && validatePhone(phone);
  problem(["contact", "phone"], phoneProblem);

  const attachments = (input.attachments ?? []).map((attachment, index) => {
    const path = ["attachments", String(index)];
    const url = text([...path, "url"], attachment.url, MAX_URL, true);
    if (url) problem([...path, "url"], validateWebsite(url));
    return { title: text([...path, "title"], attachment.title, MAX_TITLE, true), url };
  });
  atMost("attachments", attachments, MAX_ATTACHMENTS, "links");

  const normalized: NormalizedGoodPractice = {
    title,
    slug,
    summary,
    bodyMarkdown,
    serviceAreas,
    targetGroups: unique(input.targetGroups),
    areaCodes,
    organizationIds,
    periodFromYear: period.from?.year ?? 0,
    periodFromDate: period.from?.date ?? null,
    periodToYear: period.to?.year ?? null,
    periodToDate: period.to?.date ?? null,
    fundingKinds: unique(input.funding?.kinds),
    fundingSource,
    results,
    contactName,
    contactEmail,
    contactPhone: phone && !phoneProblem ? normalizePhone(phone) : phone,
    attachments,
  };
  return { errors, normalized };
}

function validatePeriod(
  period: GoodPracticeInput["period"],
  today: string,
  problem: (field: string[], message: string | null) => void,
): { from: PeriodEnd | null; to: PeriodEnd | null } {
  const end = (field: "from" | "to", value: string | null | undefined): PeriodEnd | null => {
    const raw = trimmed(value);
    if (!raw) {
      if (field === "from") problem(["period", "from"], "must not be empty");
      return null;
    }
    const parsed = parsePeriodEnd(raw);
    if (!parsed) problem(["period", field], "must be a year (2023) or a date (2023-03-01)");
    else if (parsed.year < MIN_PERIOD_YEAR || parsed.year > MAX_PERIOD_YEAR) {
      problem(["period", field], `must be between ${MIN_PERIOD_YEAR} and ${MAX_PERIOD_YEAR}`);
      return null;
    }
    return parsed;
  };
  const from = end("from", period.from);
  const to = end("to", period.to);
  if (from && !startsBy(from, today)) problem(["period", "from"], "must not be in the future");
  if (from && to && !inOrder(from, to)) problem(["period", "to"], "must not be before the start");
  return { from, to };
}

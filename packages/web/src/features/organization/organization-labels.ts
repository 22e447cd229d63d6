import type {
  CertificateStatus,
  CertificateType,
  LegalForm,
  OfferingKind,
  PesType,
  SocialEnterpriseDecisionKind,
  SocialEnterpriseStatus,
  TerritorialUnitKind,
} from "@/__generated__/graphql";
import { serviceLabels } from "@/features/service/service-labels";
import type { Locale } from "@/i18n/locales";
import * as pl from "./labels";
import * as en from "./labels-en";
import * as uk from "./labels-uk";

/** The registry's enum labels a page in a language shows (legal forms and unit kinds are shared). */
export interface OrganizationLabels {
  legalForms: Record<LegalForm, string>;
  legalFormDetails: Partial<Record<LegalForm, string>>;
  pesTypes: Record<PesType, string>;
  certificateTypes: Record<CertificateType, string>;
  certificateStatuses: Record<CertificateStatus, string>;
  offeringKinds: Record<OfferingKind, string>;
  socialEnterpriseStatuses: Record<SocialEnterpriseStatus, string>;
  socialEnterpriseDecisions: Record<SocialEnterpriseDecisionKind, string>;
  placeKinds: Record<TerritorialUnitKind, string>;
}

type OwnLabels = Omit<OrganizationLabels, "legalForms" | "placeKinds">;

const OWN_LABELS: Record<Locale, OwnLabels> = {
  pl: {
    legalFormDetails: pl.LEGAL_FORM_DETAILS,
    pesTypes: pl.PES_TYPE_LABELS,
    certificateTypes: pl.CERTIFICATE_TYPE_LABELS,
    certificateStatuses: pl.CERTIFICATE_STATUS_LABELS,
    offeringKinds: pl.OFFERING_KIND_LABELS,
    socialEnterpriseStatuses: pl.SOCIAL_ENTERPRISE_STATUS_LABELS,
    socialEnterpriseDecisions: pl.SOCIAL_ENTERPRISE_DECISION_LABELS,
  },
  en: {
    legalFormDetails: en.LEGAL_FORM_DETAILS_EN,
    pesTypes: en.PES_TYPE_LABELS_EN,
    certificateTypes: en.CERTIFICATE_TYPE_LABELS_EN,
    certificateStatuses: en.CERTIFICATE_STATUS_LABELS_EN,
    offeringKinds: en.OFFERING_KIND_LABELS_EN,
    socialEnterpriseStatuses: en.SOCIAL_ENTERPRISE_STATUS_LABELS_EN,
    socialEnterpriseDecisions: en.SOCIAL_ENTERPRISE_DECISION_LABELS_EN,
  },
  uk: {
    legalFormDetails: uk.LEGAL_FORM_DETAILS_UK,
    pesTypes: uk.PES_TYPE_LABELS_UK,
    certificateTypes: uk.CERTIFICATE_TYPE_LABELS_UK,
    certificateStatuses: uk.CERTIFICATE_STATUS_LABELS_UK,
    offeringKinds: uk.OFFERING_KIND_LABELS_UK,
    socialEnterpriseStatuses: uk.SOCIAL_ENTERPRISE_STATUS_LABELS_UK,
    socialEnterpriseDecisions: uk.SOCIAL_ENTERPRISE_DECISION_LABELS_UK,
  },
};

export function organizationLabels(locale: Locale): OrganizationLabels {
  const shared = serviceLabels(locale);
  return { ...OWN_LABELS[locale], legalForms: shared.legalForms, placeKinds: shared.placeKinds };
}

// Moved to the component library; kept only for features/search, whose owner is editing it now.
export { CheckboxFacet } from "@/components/checkbox-facet";

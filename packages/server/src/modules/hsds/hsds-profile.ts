/** The HSDS version served, and the schemas it conforms to (the 3.0 line of the specification). */
export const HSDS_VERSION = "3.0";
export const HSDS_PROFILE = "https://github.com/openreferral/specification/tree/3.0/schema";

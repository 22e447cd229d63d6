export * from "./territory/territorial-unit-kind";
export * from "./territory/teryt-code";
export * from "./search/fold-polish";
export * from "./search/territorial-unit-document";

import type { TestProject } from "vitest/node";
import { startHubProcess } from "./hub-process";

export interface SharedHub {
  siteUrl: string;
  apiUrl: string;
  databaseUrl: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    sharedHub: SharedHub;
  }
}

/**
 * One hub (as `npm start` runs it, demo data and all) for every browser test file: starting one
 * takes most of a minute. Files that stop their hub on purpose start their own.
 */
export default async function setup(project: TestProject) {
  const hub = await startHubProcess();
  project.provide("sharedHub", { siteUrl: hub.siteUrl, apiUrl: hub.apiUrl, databaseUrl: hub.databaseUrl() });
  return async () => {
    await hub.stop();
  };
}

"use client";

import dynamic from "next/dynamic";

/** GraphiQL runs in the browser only, and only this page loads it: /api itself stays light. */
export const ApiConsoleLoader = dynamic(() => import("./api-console").then((module) => module.ApiConsole), {
  ssr: false,
});

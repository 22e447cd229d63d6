import express, { type Response, type Router } from "express";
import type { ApiDependencies } from "../../../app/context";
import { systemClock } from "../../common/clock";
import { EventEntity } from "../event.entity";
import { eventsCalendar } from "./event-ics";

/** Upcoming events in the feed; a calendar application polls it, so it stays small. */
const FEED_LIMIT = 500;

function sendCalendar(res: Response, body: string, fileName: string, disposition: "inline" | "attachment") {
  res.set({
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `${disposition}; filename="${fileName}"`,
    "Cache-Control": "public, max-age=300",
    "X-Content-Type-Options": "nosniff",
  });
  res.send(body);
}

/**
 * GET /calendar/events.ics — published events not yet over (a subscribable feed);
 * GET /calendar/events/{slug}.ics — one published event.
 */
export function eventCalendarRouter(dependencies: ApiDependencies): Router {
  const router = express.Router();
  const clock = dependencies.clock ?? systemClock;
  const siteUrl = (dependencies.siteUrl ?? "http://localhost:3000").replace(/\/+$/, "");

  router.get("/calendar/events.ics", async (_req, res, next) => {
    try {
      const now = clock.now();
      const events = await dependencies.orm.em
        .fork()
        .find(
          EventEntity,
          { publicationState: "PUBLISHED", endsAt: { $gt: now } },
          { orderBy: { startsAt: "asc", id: "asc" }, limit: FEED_LIMIT },
        );
      sendCalendar(
        res,
        eventsCalendar(events, siteUrl, now, "Obserwatorium — wydarzenia"),
        "wydarzenia.ics",
        "inline",
      );
    } catch (error) {
      next(error);
    }
  });

  router.get("/calendar/events/:file", async (req, res, next) => {
    try {
      const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.ics$/.exec(String(req.params.file));
      const event = match
        ? await dependencies.orm.em
            .fork()
            .findOne(EventEntity, { slug: match[1]!, publicationState: "PUBLISHED" })
        : null;
      if (!event) {
        res
          .status(404)
          .json({ error: { code: "NOT_FOUND", message: "no published event has this address" } });
        return;
      }
      sendCalendar(
        res,
        eventsCalendar([event], siteUrl, clock.now(), event.title),
        `${event.slug}.ics`,
        "attachment",
      );
    } catch (error) {
      next(error);
    }
  });

  return router;
}

import express, { type Response, type Router } from "express";
import type { ApiDependencies } from "../../app/context";
import { recordAudit } from "../audit/audit.service";
import { DomainError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import { AuthService } from "../user/auth.service";
import { resolveRequestAuth } from "../user/request-auth";
import { isStaffRole } from "../user/user.entity";
import { EventRegistrationQueryService } from "./event-registration-query.service";
import { EventEntity } from "./event.entity";
import { createEventLoaders } from "./event.loaders";
import { attendanceCsv, type AttendanceRow } from "./registrations-csv";

function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

/**
 * GET /files/events/{eventId}/registrations.csv — the attendance list of an event, staff only
 * (bearer token or session cookie, as the GraphQL API); every download is audited.
 */
export function registrationsCsvRouter(dependencies: ApiDependencies): Router {
  const router = express.Router();

  router.get("/files/events/:eventId/registrations.csv", async (req, res, next) => {
    try {
      const em = dependencies.orm.em.fork();
      const auth = await resolveRequestAuth(
        new AuthService(em, () => new Date(), dependencies.sessions),
        req,
        res,
      );
      // Participants' personal data stays with people signed in to the panel.
      if (auth.apiKey) return fail(res, 403, "FORBIDDEN", "This API key's scopes do not allow this");
      if (!auth.user) return fail(res, 401, "UNAUTHENTICATED", "You must be signed in to do this");
      if (!isStaffRole(auth.user.role)) return fail(res, 403, "FORBIDDEN", "Your role does not allow this");
      let eventId: string;
      try {
        eventId = uuidFromGlobalId(String(req.params.eventId), "Event", "eventId");
      } catch (error) {
        if (error instanceof DomainError) return fail(res, 404, "NOT_FOUND", "no event has this ID");
        throw error;
      }
      const event = await em.findOne(EventEntity, { id: eventId });
      if (!event) return fail(res, 404, "NOT_FOUND", "no event has this ID");

      const registrations = await new EventRegistrationQueryService(em, createEventLoaders(em)).attendance(
        eventId,
      );
      const codes = [
        ...new Set(registrations.map((r) => r.gminaCode).filter((code): code is string => !!code)),
      ];
      const units = codes.length
        ? await em
            .getConnection()
            .execute<{ code: string; name: string }[]>(
              "select code, name from territorial_unit where code in (?)",
              [codes],
              "all",
            )
        : [];
      const names = new Map(units.map((unit) => [unit.code, unit.name]));
      let waiting = 0;
      const rows: AttendanceRow[] = registrations.map((registration) => ({
        registration,
        gminaName: registration.gminaCode ? (names.get(registration.gminaCode) ?? null) : null,
        waitingListPosition: registration.status === "WAITING_LIST" ? ++waiting : null,
      }));
      // Reading participants' personal data is itself recorded; who they are is not copied into the log.
      await em.transactional(async (tx) => {
        recordAudit(tx, {
          actorUserId: auth.user!.id,
          action: "EVENT_REGISTRATIONS_EXPORTED",
          entityType: "Event",
          entityId: eventId,
          before: null,
          after: { registrations: rows.length },
        });
      });
      res.set({
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="uczestnicy-${event.slug}.csv"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      });
      res.send(attendanceCsv(rows));
    } catch (error) {
      next(error);
    }
  });

  return router;
}

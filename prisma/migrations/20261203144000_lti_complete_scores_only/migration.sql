-- Only complete scores are sent from now on, as FullyGraded (ADR 036): partial ones still waiting in the outbox would
-- go out as Pending, which Moodle turns into an empty grade.
DELETE FROM "LtiScore" WHERE "completed" = false AND "sentAt" IS NULL;

-- Insight partial cells (docs/decisions/012-gemeente-reports.md, "Performance"): per organisation, team ('' for the
-- whole organisation), Dutch calendar month, decision point, choice and risk, the number of first answers and the sum
-- of their record keys. Both are additive, so a quarter, a year or all time is a sum of months and every cell key of
-- the cell key method stays exact. Triggers on "FirstAnswer" keep the cells equal to the rows in every transaction
-- that writes them (the move statement, seeds, retention, erasure, cascades), so no writer can forget them.

-- CreateTable
CREATE TABLE "InsightCell" (
    "organisationId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "caseId" TEXT NOT NULL,
    "dilemmaId" TEXT NOT NULL,
    "sceneId" TEXT NOT NULL,
    "choiceId" TEXT NOT NULL,
    "risky" BOOLEAN NOT NULL,
    "n" INTEGER NOT NULL,
    "keySum" BIGINT NOT NULL,

    CONSTRAINT "InsightCell_pkey" PRIMARY KEY ("organisationId","teamId","month","caseId","dilemmaId","sceneId","choiceId","risky")
);

-- The cells one first answer counts in: the organisation's ('' as team) and one per team the learner was in, in the
-- Dutch calendar month of the answer; risky by the quality the answer had when it was given.
CREATE FUNCTION "insight_cells_of"(a "FirstAnswer") RETURNS TABLE (
    "organisationId" TEXT, "teamId" TEXT, "month" DATE, "caseId" TEXT, "dilemmaId" TEXT, "sceneId" TEXT,
    "choiceId" TEXT, "risky" BOOLEAN, "recordKey" INTEGER)
LANGUAGE sql STABLE AS $fn$
  SELECT a."organisationId", t."teamId",
         date_trunc('month', (a."answeredAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam')::date,
         a."caseId", a."dilemmaId", a."sceneId", a."choiceId",
         coalesce(a."quality" IN ('twijfelachtig', 'onjuist'), false), a."recordKey"
  FROM unnest(ARRAY['']::text[] || coalesce(a."teamIds", ARRAY[]::text[])) AS t("teamId")
$fn$;

-- Statement-level, with transition tables, so a bulk write costs one grouped upsert, not one per row. An UPDATE
-- subtracts every old row and adds every new one: rows whose cells did not change (erasure nulls only "userId") net
-- to zero. Each statement reads only the transition table its operation has.
CREATE FUNCTION "insight_cells_apply"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE "InsightCell" c SET "n" = c."n" - g."n", "keySum" = c."keySum" - g."keySum"
    FROM (
      SELECT p."organisationId", p."teamId", p."month", p."caseId", p."dilemmaId", p."sceneId", p."choiceId", p."risky",
             count(*)::int AS "n", sum(p."recordKey")::bigint AS "keySum"
      FROM old_rows o CROSS JOIN LATERAL "insight_cells_of"(o) p
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ) g
    WHERE c."organisationId" = g."organisationId" AND c."teamId" = g."teamId" AND c."month" = g."month"
      AND c."caseId" = g."caseId" AND c."dilemmaId" = g."dilemmaId" AND c."sceneId" = g."sceneId"
      AND c."choiceId" = g."choiceId" AND c."risky" = g."risky";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "InsightCell" AS c
      ("organisationId", "teamId", "month", "caseId", "dilemmaId", "sceneId", "choiceId", "risky", "n", "keySum")
    SELECT p."organisationId", p."teamId", p."month", p."caseId", p."dilemmaId", p."sceneId", p."choiceId", p."risky",
           count(*)::int, sum(p."recordKey")::bigint
    FROM new_rows a CROSS JOIN LATERAL "insight_cells_of"(a) p
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    -- One order for every writer, so two moves that share cells lock them in the same order and never deadlock.
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT ("organisationId", "teamId", "month", "caseId", "dilemmaId", "sceneId", "choiceId", "risky")
    DO UPDATE SET "n" = c."n" + EXCLUDED."n", "keySum" = c."keySum" + EXCLUDED."keySum";
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    -- Cells that no answer is in any more.
    DELETE FROM "InsightCell" c
    WHERE c."n" <= 0 AND c."organisationId" IN (SELECT DISTINCT o."organisationId" FROM old_rows o);
  END IF;
  RETURN NULL;
END
$fn$;

-- Backfill: the cells of every first answer recorded so far.
INSERT INTO "InsightCell"
  ("organisationId", "teamId", "month", "caseId", "dilemmaId", "sceneId", "choiceId", "risky", "n", "keySum")
SELECT p."organisationId", p."teamId", p."month", p."caseId", p."dilemmaId", p."sceneId", p."choiceId", p."risky",
       count(*)::int, sum(p."recordKey")::bigint
FROM "FirstAnswer" a CROSS JOIN LATERAL "insight_cells_of"(a) p
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

-- CreateTrigger
CREATE TRIGGER "FirstAnswer_insight_cells_insert" AFTER INSERT ON "FirstAnswer"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "insight_cells_apply"();
CREATE TRIGGER "FirstAnswer_insight_cells_update" AFTER UPDATE ON "FirstAnswer"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "insight_cells_apply"();
CREATE TRIGGER "FirstAnswer_insight_cells_delete" AFTER DELETE ON "FirstAnswer"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "insight_cells_apply"();

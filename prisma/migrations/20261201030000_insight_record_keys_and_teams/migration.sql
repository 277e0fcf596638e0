-- Differencing-resistant insight (docs/decisions/012-gemeente-reports.md, issue 15).
-- Every first answer gets a fixed random record key (0–255) for the cell key method, and the teams the learner was in
-- when answering. ADD COLUMN with a volatile default draws a separate key for every existing row.

-- AlterTable
ALTER TABLE "FirstAnswer" ADD COLUMN "recordKey" INTEGER NOT NULL DEFAULT (floor((random() * (256)::double precision)))::integer,
ADD COLUMN "teamIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Backfill: existing answers take the learner's current teams in that organisation (the best record there is).
UPDATE "FirstAnswer" fa
SET "teamIds" = ARRAY(
  SELECT gm."groupId" FROM "GroupMember" gm JOIN "Group" g ON g."id" = gm."groupId"
  WHERE gm."userId" = fa."userId" AND g."organisationId" = fa."organisationId" AND g."kind" = 'team'
  ORDER BY gm."groupId")
WHERE fa."userId" IS NOT NULL;

-- CreateIndex
CREATE INDEX "FirstAnswer_organisationId_answeredAt_idx" ON "FirstAnswer"("organisationId", "answeredAt");

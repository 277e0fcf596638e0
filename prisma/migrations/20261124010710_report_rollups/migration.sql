-- CreateTable
CREATE TABLE "LearnerDilemma" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT,
    "caseId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),
    "bestScore" INTEGER,

    CONSTRAINT "LearnerDilemma_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FirstAnswer" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT,
    "caseId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "sceneId" TEXT NOT NULL,
    "choiceId" TEXT NOT NULL,
    "quality" TEXT,
    "answeredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FirstAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequiredModule" (
    "organisationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequiredModule_pkey" PRIMARY KEY ("organisationId","caseId","scenarioId")
);

-- CreateIndex
CREATE INDEX "LearnerDilemma_organisationId_caseId_scenarioId_idx" ON "LearnerDilemma"("organisationId", "caseId", "scenarioId");

-- CreateIndex
CREATE INDEX "LearnerDilemma_organisationId_completedAt_idx" ON "LearnerDilemma"("organisationId", "completedAt");

-- CreateIndex
CREATE INDEX "LearnerDilemma_userId_idx" ON "LearnerDilemma"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "LearnerDilemma_organisationId_userId_caseId_scenarioId_key" ON "LearnerDilemma"("organisationId", "userId", "caseId", "scenarioId");

-- CreateIndex
CREATE INDEX "FirstAnswer_organisationId_caseId_scenarioId_sceneId_idx" ON "FirstAnswer"("organisationId", "caseId", "scenarioId", "sceneId");

-- CreateIndex
CREATE INDEX "FirstAnswer_userId_idx" ON "FirstAnswer"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "FirstAnswer_organisationId_userId_caseId_scenarioId_sceneId_key" ON "FirstAnswer"("organisationId", "userId", "caseId", "scenarioId", "sceneId");

-- AddForeignKey
ALTER TABLE "LearnerDilemma" ADD CONSTRAINT "LearnerDilemma_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirstAnswer" ADD CONSTRAINT "FirstAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequiredModule" ADD CONSTRAINT "RequiredModule_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill the rollups from everything recorded before they existed.
INSERT INTO "LearnerDilemma" ("id", "organisationId", "userId", "caseId", "scenarioId", "startedAt", "completedAt", "bestScore")
SELECT gen_random_uuid()::text, m."organisationId", a."userId", a."caseId", a."scenarioId",
       min(a."startedAt"),
       min(a."completedAt") FILTER (WHERE a."status" = 'completed'),
       max(a."score") FILTER (WHERE a."status" = 'completed')
FROM "Attempt" a
JOIN (SELECT DISTINCT "userId", "organisationId" FROM "Membership") m ON m."userId" = a."userId"
GROUP BY m."organisationId", a."userId", a."caseId", a."scenarioId";

INSERT INTO "FirstAnswer" ("id", "organisationId", "userId", "caseId", "scenarioId", "sceneId", "choiceId", "quality", "answeredAt")
SELECT gen_random_uuid()::text, m."organisationId", f."userId", f."caseId", f."scenarioId", f."fromScene", f."choiceId", f."quality", f."createdAt"
FROM (
  SELECT DISTINCT ON (a."userId", a."caseId", a."scenarioId", e."fromScene")
         a."userId", a."caseId", a."scenarioId", e."fromScene", e."choiceId", e."quality", e."createdAt"
  FROM "ChoiceEvent" e
  JOIN "Attempt" a ON a."id" = e."attemptId"
  WHERE e."kind" = 'choice' AND a."userId" IS NOT NULL AND e."choiceId" IS NOT NULL
  ORDER BY a."userId", a."caseId", a."scenarioId", e."fromScene", e."createdAt", e."step"
) f
JOIN (SELECT DISTINCT "userId", "organisationId" FROM "Membership") m ON m."userId" = f."userId";

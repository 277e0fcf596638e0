-- CreateEnum
CREATE TYPE "LivePhase" AS ENUM ('voting', 'closed', 'revealed', 'ended');

-- CreateTable
CREATE TABLE "LiveSession" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "groupId" TEXT,
    "docentId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "dilemmaId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "joinCode" TEXT,
    "seed" TEXT NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 0,
    "sceneId" TEXT NOT NULL,
    "flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "phase" "LivePhase" NOT NULL DEFAULT 'voting',
    "feedbackChoiceId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "LiveSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveParticipant" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveVote" (
    "participantId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "choiceId" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveVote_pkey" PRIMARY KEY ("participantId","step")
);

-- CreateTable
CREATE TABLE "LiveAggregate" (
    "sessionId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "sceneId" TEXT NOT NULL,
    "choiceId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "LiveAggregate_pkey" PRIMARY KEY ("sessionId","step","choiceId")
);

-- CreateIndex
CREATE UNIQUE INDEX "LiveSession_joinCode_key" ON "LiveSession"("joinCode");

-- CreateIndex
CREATE INDEX "LiveSession_docentId_idx" ON "LiveSession"("docentId");

-- CreateIndex
CREATE INDEX "LiveSession_groupId_idx" ON "LiveSession"("groupId");

-- CreateIndex
CREATE INDEX "LiveSession_lastActivityAt_idx" ON "LiveSession"("lastActivityAt");

-- CreateIndex
CREATE UNIQUE INDEX "LiveParticipant_tokenHash_key" ON "LiveParticipant"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "LiveParticipant_sessionId_userId_key" ON "LiveParticipant"("sessionId", "userId");

-- CreateIndex
CREATE INDEX "LiveVote_sessionId_step_idx" ON "LiveVote"("sessionId", "step");

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_docentId_fkey" FOREIGN KEY ("docentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveParticipant" ADD CONSTRAINT "LiveParticipant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveParticipant" ADD CONSTRAINT "LiveParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveVote" ADD CONSTRAINT "LiveVote_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "LiveParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveVote" ADD CONSTRAINT "LiveVote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveAggregate" ADD CONSTRAINT "LiveAggregate_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- "Behaald" next to "afgerond" (docs/decisions/018-progress-read-model.md).
-- Existing completed attempts get their outcome, and the rollup its behaaldAt, from a backfill that reads the
-- scenario catalog (lib/progress/backfill.server.ts): SQL alone cannot know which ending is passend. It runs after
-- the migrations in `npm run db:deploy` and `npm start`.

-- CreateEnum
CREATE TYPE "CertificateCriterion" AS ENUM ('afgerond', 'behaald');

-- AlterTable: every certificate issued so far certified that its dilemmas were finished, and stays valid for that.
ALTER TABLE "Certificate" ADD COLUMN "criterion" "CertificateCriterion" NOT NULL DEFAULT 'afgerond';

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN "outcome" TEXT;

-- AlterTable
ALTER TABLE "LearnerDilemma" ADD COLUMN "behaaldAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "LearnerDilemma_organisationId_behaaldAt_idx" ON "LearnerDilemma"("organisationId", "behaaldAt");

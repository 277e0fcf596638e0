-- Scores a platform refused for good are parked instead of retried forever (ADR 036).
ALTER TABLE "LtiScore" ADD COLUMN "lastStatus" INTEGER,
ADD COLUMN "parkedAt" TIMESTAMP(3);

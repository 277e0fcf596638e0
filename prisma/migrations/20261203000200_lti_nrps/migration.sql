-- Names and Role Provisioning Services: the course's roster URL (from the launch) and when the class was last filled
-- from it.
ALTER TABLE "LtiContext" ADD COLUMN "membershipsUrl" TEXT;
ALTER TABLE "LtiContext" ADD COLUMN "rosterSyncedAt" TIMESTAMP(3);

-- The login initiation's target_link_uri, compared with the ID token's claim at launch (LTI Core 1.3 §5.1.1).
-- Login states live ten minutes; those of launches under way when this runs are dropped rather than given a value.
DELETE FROM "LtiLoginState";
ALTER TABLE "LtiLoginState" ADD COLUMN "targetLinkUri" TEXT NOT NULL;

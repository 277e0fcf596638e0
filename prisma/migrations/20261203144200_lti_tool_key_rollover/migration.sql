-- Tool keys with a rollover (next, current, retired) and the private key encrypted (ADR 036).
CREATE TYPE "LtiKeyState" AS ENUM ('next', 'current', 'retired');

ALTER TABLE "LtiToolKey" ALTER COLUMN "privateJwk" DROP NOT NULL,
ADD COLUMN "privateKeyEncrypted" TEXT,
ADD COLUMN "retiredAt" TIMESTAMP(3),
ADD COLUMN "state" "LtiKeyState" NOT NULL DEFAULT 'retired';

-- The newest existing key keeps signing; any older one (two instances racing at first use) is retired now and leaves
-- the key set after the grace period. Their plain-text private keys are sealed by the app at first use: the
-- encryption key lives in the environment, out of reach of SQL (lib/lti/keys.server.ts).
UPDATE "LtiToolKey" SET "state" = 'current'
WHERE "kid" = (SELECT "kid" FROM "LtiToolKey" ORDER BY "createdAt" DESC, "kid" LIMIT 1);
UPDATE "LtiToolKey" SET "retiredAt" = CURRENT_TIMESTAMP WHERE "state" = 'retired';

ALTER TABLE "LtiToolKey" ALTER COLUMN "state" DROP DEFAULT;

-- The single-use hand-off from an LTI launch inside an LMS frame whose session cookie did not stick (third-party
-- cookies blocked) to a window of Deelwijs's own: two minutes, only the token's SHA-256 is kept
-- (docs/decisions/037-framed-lti-sessions.md).
-- CreateTable
CREATE TABLE "LtiHandoff" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "destination" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LtiHandoff_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LtiHandoff_tokenHash_key" ON "LtiHandoff"("tokenHash");

-- CreateIndex
CREATE INDEX "LtiHandoff_userId_idx" ON "LtiHandoff"("userId");

-- CreateIndex
CREATE INDEX "LtiHandoff_expiresAt_idx" ON "LtiHandoff"("expiresAt");

-- AddForeignKey
ALTER TABLE "LtiHandoff" ADD CONSTRAINT "LtiHandoff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

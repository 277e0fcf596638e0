-- Single-use links for LTI Dynamic Registration (docs/decisions/038-lti-dynamic-registration.md): an admin makes one,
-- an LMS admin pastes it into the LMS. Only the hash of the secret is stored.
-- CreateTable
CREATE TABLE "LtiRegistrationLink" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "platformId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LtiRegistrationLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LtiRegistrationLink_tokenHash_key" ON "LtiRegistrationLink"("tokenHash");

-- CreateIndex
CREATE INDEX "LtiRegistrationLink_organisationId_idx" ON "LtiRegistrationLink"("organisationId");

-- AddForeignKey
ALTER TABLE "LtiRegistrationLink" ADD CONSTRAINT "LtiRegistrationLink_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "AgreementChange" AS ENUM ('created', 'edited', 'withdrawn');

-- CreateTable
CREATE TABLE "LocalAgreement" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "dilemmaId" TEXT NOT NULL,
    "sceneId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "LocalAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalAgreementVersion" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "change" "AgreementChange" NOT NULL,
    "text" TEXT NOT NULL,
    "link" TEXT,
    "contact" TEXT,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LocalAgreementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LocalAgreement_organisationId_caseId_dilemmaId_idx" ON "LocalAgreement"("organisationId", "caseId", "dilemmaId");

-- CreateIndex
CREATE INDEX "LocalAgreementVersion_authorId_idx" ON "LocalAgreementVersion"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "LocalAgreementVersion_agreementId_number_key" ON "LocalAgreementVersion"("agreementId", "number");

-- AddForeignKey
ALTER TABLE "LocalAgreement" ADD CONSTRAINT "LocalAgreement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalAgreementVersion" ADD CONSTRAINT "LocalAgreementVersion_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "LocalAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalAgreementVersion" ADD CONSTRAINT "LocalAgreementVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

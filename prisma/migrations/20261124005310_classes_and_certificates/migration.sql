-- CreateEnum
CREATE TYPE "CertificateScope" AS ENUM ('klas', 'casus');

-- DropIndex
DROP INDEX "Assignment_groupId_scenarioId_key";

-- AlterTable
-- Every assignment made before cases were named belonged to the only case there was.
ALTER TABLE "Assignment" ADD COLUMN     "caseId" TEXT NOT NULL DEFAULT 'kramer';
ALTER TABLE "Assignment" ALTER COLUMN "caseId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "joinCodeExpiresAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scope" "CertificateScope" NOT NULL,
    "groupId" TEXT,
    "caseId" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "moduleTitle" TEXT NOT NULL,
    "dilemmaIds" TEXT[],
    "dilemmaTitles" TEXT[],
    "minutesSpent" INTEGER NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- CreateIndex
CREATE INDEX "Certificate_userId_idx" ON "Certificate"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_groupId_caseId_scenarioId_key" ON "Assignment"("groupId", "caseId", "scenarioId");

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

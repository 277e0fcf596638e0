-- CreateTable
CREATE TABLE "GroupOwner" (
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "addedById" TEXT,

    CONSTRAINT "GroupOwner_pkey" PRIMARY KEY ("groupId","userId")
);

-- CreateIndex
CREATE INDEX "GroupOwner_userId_idx" ON "GroupOwner"("userId");

-- AddForeignKey
ALTER TABLE "GroupOwner" ADD CONSTRAINT "GroupOwner_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupOwner" ADD CONSTRAINT "GroupOwner_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the docent who made a class becomes its first owner. Classes without a maker (the demo class, classes made
-- by LTI launches) get their owner from the seed or the next staff launch; until then only an admin of the
-- organisation sees them.
INSERT INTO "GroupOwner" ("groupId", "userId", "addedAt")
SELECT g."id", g."createdById", g."createdAt" FROM "Group" g WHERE g."createdById" IS NOT NULL;

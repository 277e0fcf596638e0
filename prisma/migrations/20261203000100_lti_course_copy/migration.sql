-- Course copy (Context.id.history): a copied course joins the class of the course it was copied from, so one class
-- can now belong to several LMS courses.
DROP INDEX "LtiContext_groupId_key";
CREATE INDEX "LtiContext_groupId_idx" ON "LtiContext"("groupId");

-- What each resource link of a platform opens, so a copied link (ResourceLink.id.history) opens the same.
CREATE TABLE "LtiResourceLink" (
    "id" TEXT NOT NULL,
    "platformId" TEXT NOT NULL,
    "resourceLinkId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "dilemmaId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LtiResourceLink_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "LtiResourceLink_platformId_resourceLinkId_key" ON "LtiResourceLink"("platformId", "resourceLinkId");

ALTER TABLE "LtiResourceLink" ADD CONSTRAINT "LtiResourceLink_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform"("id") ON DELETE CASCADE ON UPDATE CASCADE;

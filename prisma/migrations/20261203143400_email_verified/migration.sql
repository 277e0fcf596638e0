-- Whether a person proved they read mail at their account's address (ADR 034): single sign-on joins an existing
-- account by e-mail address only then. Mail links gain a purpose: a password reset, or confirming the address.

-- CreateEnum
CREATE TYPE "MailTokenPurpose" AS ENUM ('password_reset', 'email_verification');

-- AlterTable
ALTER TABLE "PasswordResetToken" ADD COLUMN "purpose" "MailTokenPurpose" NOT NULL DEFAULT 'password_reset';

-- AlterTable
ALTER TABLE "User" ADD COLUMN "emailVerifiedAt" TIMESTAMP(3);

-- Backfill from what already proved the mailbox. A used reset link was opened from the mail sent to the account's
-- address (addresses never change). An accepted invitation created the account at the invited address (an account
-- that existed before could not accept it: registration refuses a taken address). The earliest proof counts.
-- Evidence the retention job already removed (reset links after a day, invitations 30 days after use) is gone: those
-- people confirm their address from their account page.
UPDATE "User" u
SET "emailVerifiedAt" = proof.at
FROM (
    SELECT "userId", min("usedAt") AS at
    FROM "PasswordResetToken"
    WHERE "usedAt" IS NOT NULL
    GROUP BY "userId"
) proof
WHERE u."id" = proof."userId";

UPDATE "User" u
SET "emailVerifiedAt" = LEAST(COALESCE(u."emailVerifiedAt", proof.at), proof.at)
FROM (
    SELECT lower("email") AS email, min("acceptedAt") AS at
    FROM "Invitation"
    WHERE "acceptedAt" IS NOT NULL
    GROUP BY lower("email")
) proof
WHERE u."email" = proof.email;

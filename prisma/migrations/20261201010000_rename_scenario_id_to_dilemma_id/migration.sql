-- "scenarioId" always meant the dilemma's id: rename the column (and its indexes) in place, keeping every row.
-- Hand-written: a generated migration would drop the column and add a new one, losing the data.

-- Assignment
ALTER TABLE "Assignment" RENAME COLUMN "scenarioId" TO "dilemmaId";
ALTER INDEX "Assignment_groupId_caseId_scenarioId_key" RENAME TO "Assignment_groupId_caseId_dilemmaId_key";

-- Attempt
ALTER TABLE "Attempt" RENAME COLUMN "scenarioId" TO "dilemmaId";
ALTER INDEX "Attempt_userId_scenarioId_idx" RENAME TO "Attempt_userId_dilemmaId_idx";
ALTER INDEX "Attempt_scenarioId_status_idx" RENAME TO "Attempt_dilemmaId_status_idx";

-- LearnerDilemma
ALTER TABLE "LearnerDilemma" RENAME COLUMN "scenarioId" TO "dilemmaId";
ALTER INDEX "LearnerDilemma_organisationId_caseId_scenarioId_idx" RENAME TO "LearnerDilemma_organisationId_caseId_dilemmaId_idx";
ALTER INDEX "LearnerDilemma_organisationId_userId_caseId_scenarioId_key" RENAME TO "LearnerDilemma_organisationId_userId_caseId_dilemmaId_key";

-- FirstAnswer
ALTER TABLE "FirstAnswer" RENAME COLUMN "scenarioId" TO "dilemmaId";
ALTER INDEX "FirstAnswer_organisationId_caseId_scenarioId_sceneId_idx" RENAME TO "FirstAnswer_organisationId_caseId_dilemmaId_sceneId_idx";
ALTER INDEX "FirstAnswer_organisationId_userId_caseId_scenarioId_sceneId_key" RENAME TO "FirstAnswer_organisationId_userId_caseId_dilemmaId_sceneId_key";

-- RequiredModule (the column is part of the primary key, whose name does not mention it)
ALTER TABLE "RequiredModule" RENAME COLUMN "scenarioId" TO "dilemmaId";

-- DropIndex
DROP INDEX "Enrolment_courseUnitId_courseId_idx";

-- CreateIndex
CREATE INDEX "Enrolment_courseUnitId_courseId_enrolledAt_id_idx" ON "Enrolment"("courseUnitId", "courseId", "enrolledAt", "id");

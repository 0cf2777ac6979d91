-- CreateTable
CREATE TABLE "Volunteer" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "idNumberIndex" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "phoneIndex" TEXT,
    "address" TEXT NOT NULL DEFAULT '',
    "memberId" INTEGER,
    "accountId" INTEGER,
    "skills" TEXT NOT NULL DEFAULT '[]',
    "availability" TEXT NOT NULL DEFAULT '[]',
    "serviceArea" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'active',
    "joinedOn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Volunteer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerTeam" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "skills" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'active',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VolunteerTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerTeamMember" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "teamId" INTEGER NOT NULL,
    "volunteerId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reason" TEXT NOT NULL DEFAULT '',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" INTEGER,

    CONSTRAINT "VolunteerTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "teamId" INTEGER,
    "title" TEXT NOT NULL,
    "titleKey" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "place" TEXT NOT NULL,
    "lng" DOUBLE PRECISION,
    "lat" DOUBLE PRECISION,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "signupDeadline" TIMESTAMP(3),
    "mode" TEXT NOT NULL,
    "approval" BOOLEAN NOT NULL DEFAULT false,
    "capacity" INTEGER,
    "placesLeft" INTEGER,
    "requiredSkills" TEXT NOT NULL DEFAULT '[]',
    "attendancePercent" INTEGER NOT NULL DEFAULT 60,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivitySignup" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "activityId" INTEGER NOT NULL,
    "volunteerId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ActivitySignup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityAttendance" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "activityId" INTEGER NOT NULL,
    "volunteerId" INTEGER NOT NULL,
    "checkedInAt" TIMESTAMP(3) NOT NULL,
    "checkedOutAt" TIMESTAMP(3),
    "inMethod" TEXT NOT NULL,
    "outMethod" TEXT,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "early" BOOLEAN NOT NULL DEFAULT false,
    "manualReason" TEXT NOT NULL DEFAULT '',
    "recordedById" INTEGER,
    "rating" INTEGER,
    "comment" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ActivityAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckinCode" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "activityId" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedById" INTEGER,

    CONSTRAINT "CheckinCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HourEntry" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "activityId" INTEGER NOT NULL,
    "volunteerId" INTEGER NOT NULL,
    "teamNo" INTEGER NOT NULL DEFAULT 0,
    "servedOn" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "minutes" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reason" TEXT NOT NULL DEFAULT '',
    "appealedAt" TIMESTAMP(3),
    "appeal" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HourEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HourDecision" (
    "id" SERIAL NOT NULL,
    "hourEntryId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "actorId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HourDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HourTotal" (
    "unitId" INTEGER NOT NULL,
    "teamNo" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "entries" INTEGER NOT NULL,

    CONSTRAINT "HourTotal_pkey" PRIMARY KEY ("unitId","teamNo","month")
);

-- CreateTable
CREATE TABLE "VolunteerServiceYear" (
    "volunteerId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "minutes" INTEGER NOT NULL,

    CONSTRAINT "VolunteerServiceYear_pkey" PRIMARY KEY ("volunteerId","year")
);

-- CreateTable
CREATE TABLE "VolunteerCertificate" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "volunteerId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "fromOn" TEXT NOT NULL,
    "toOn" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" INTEGER,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "VolunteerCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerAward" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "volunteerId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "awardedOn" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VolunteerAward_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Volunteer_idNumberIndex_key" ON "Volunteer"("idNumberIndex");

-- CreateIndex
CREATE UNIQUE INDEX "Volunteer_memberId_key" ON "Volunteer"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Volunteer_accountId_key" ON "Volunteer"("accountId");

-- CreateIndex
CREATE INDEX "Volunteer_unitId_nameKey_id_idx" ON "Volunteer"("unitId", "nameKey", "id");

-- CreateIndex
CREATE INDEX "Volunteer_unitId_status_idx" ON "Volunteer"("unitId", "status");

-- CreateIndex
CREATE INDEX "VolunteerTeam_unitId_nameKey_id_idx" ON "VolunteerTeam"("unitId", "nameKey", "id");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerTeam_unitId_name_key" ON "VolunteerTeam"("unitId", "name");

-- CreateIndex
CREATE INDEX "VolunteerTeamMember_unitId_status_idx" ON "VolunteerTeamMember"("unitId", "status");

-- CreateIndex
CREATE INDEX "VolunteerTeamMember_volunteerId_idx" ON "VolunteerTeamMember"("volunteerId");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerTeamMember_teamId_volunteerId_key" ON "VolunteerTeamMember"("teamId", "volunteerId");

-- CreateIndex
CREATE INDEX "Activity_unitId_startsAt_id_idx" ON "Activity"("unitId", "startsAt", "id");

-- CreateIndex
CREATE INDEX "Activity_startsAt_id_idx" ON "Activity"("startsAt", "id");

-- CreateIndex
CREATE INDEX "Activity_status_startsAt_idx" ON "Activity"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Activity_teamId_idx" ON "Activity"("teamId");

-- CreateIndex
CREATE INDEX "ActivitySignup_activityId_status_createdAt_id_idx" ON "ActivitySignup"("activityId", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "ActivitySignup_volunteerId_createdAt_idx" ON "ActivitySignup"("volunteerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ActivitySignup_activityId_volunteerId_key" ON "ActivitySignup"("activityId", "volunteerId");

-- CreateIndex
CREATE INDEX "ActivityAttendance_volunteerId_idx" ON "ActivityAttendance"("volunteerId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityAttendance_activityId_volunteerId_key" ON "ActivityAttendance"("activityId", "volunteerId");

-- CreateIndex
CREATE INDEX "CheckinCode_code_issuedAt_idx" ON "CheckinCode"("code", "issuedAt");

-- CreateIndex
CREATE INDEX "CheckinCode_activityId_purpose_issuedAt_idx" ON "CheckinCode"("activityId", "purpose", "issuedAt");

-- CreateIndex
CREATE INDEX "HourEntry_unitId_status_id_idx" ON "HourEntry"("unitId", "status", "id");

-- CreateIndex
CREATE INDEX "HourEntry_volunteerId_servedOn_idx" ON "HourEntry"("volunteerId", "servedOn");

-- CreateIndex
CREATE INDEX "HourEntry_year_status_unitId_idx" ON "HourEntry"("year", "status", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "HourEntry_activityId_volunteerId_key" ON "HourEntry"("activityId", "volunteerId");

-- CreateIndex
CREATE INDEX "HourDecision_hourEntryId_id_idx" ON "HourDecision"("hourEntryId", "id");

-- CreateIndex
CREATE INDEX "HourTotal_month_idx" ON "HourTotal"("month");

-- CreateIndex
CREATE INDEX "VolunteerServiceYear_year_unitId_idx" ON "VolunteerServiceYear"("year", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerCertificate_number_key" ON "VolunteerCertificate"("number");

-- CreateIndex
CREATE INDEX "VolunteerCertificate_volunteerId_idx" ON "VolunteerCertificate"("volunteerId");

-- CreateIndex
CREATE INDEX "VolunteerCertificate_unitId_issuedAt_idx" ON "VolunteerCertificate"("unitId", "issuedAt");

-- CreateIndex
CREATE INDEX "VolunteerAward_volunteerId_idx" ON "VolunteerAward"("volunteerId");

-- AddForeignKey
ALTER TABLE "Volunteer" ADD CONSTRAINT "Volunteer_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Volunteer" ADD CONSTRAINT "Volunteer_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeam" ADD CONSTRAINT "VolunteerTeam_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeamMember" ADD CONSTRAINT "VolunteerTeamMember_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeamMember" ADD CONSTRAINT "VolunteerTeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "VolunteerTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeamMember" ADD CONSTRAINT "VolunteerTeamMember_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "VolunteerTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivitySignup" ADD CONSTRAINT "ActivitySignup_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivitySignup" ADD CONSTRAINT "ActivitySignup_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivitySignup" ADD CONSTRAINT "ActivitySignup_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityAttendance" ADD CONSTRAINT "ActivityAttendance_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityAttendance" ADD CONSTRAINT "ActivityAttendance_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityAttendance" ADD CONSTRAINT "ActivityAttendance_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckinCode" ADD CONSTRAINT "CheckinCode_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckinCode" ADD CONSTRAINT "CheckinCode_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HourEntry" ADD CONSTRAINT "HourEntry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HourEntry" ADD CONSTRAINT "HourEntry_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HourEntry" ADD CONSTRAINT "HourEntry_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HourDecision" ADD CONSTRAINT "HourDecision_hourEntryId_fkey" FOREIGN KEY ("hourEntryId") REFERENCES "HourEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HourTotal" ADD CONSTRAINT "HourTotal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerServiceYear" ADD CONSTRAINT "VolunteerServiceYear_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerServiceYear" ADD CONSTRAINT "VolunteerServiceYear_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerCertificate" ADD CONSTRAINT "VolunteerCertificate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerCertificate" ADD CONSTRAINT "VolunteerCertificate_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerAward" ADD CONSTRAINT "VolunteerAward_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerAward" ADD CONSTRAINT "VolunteerAward_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hours are never deleted, whatever client writes: an entry refuses DELETE (and TRUNCATE), refuses any UPDATE of what
-- it records (who, where, when, how long), moves its decision only along pending -> approved | declined,
-- declined -> appealed (once) and appealed -> approved | declined, and keeps its appeal as written. Its trail refuses
-- UPDATE, DELETE and TRUNCATE.
CREATE FUNCTION "hour_entry_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'HourEntry is never deleted: decline it with a reason instead (% refused)', TG_OP
      USING ERRCODE = 'restrict_violation';
  END IF;
  IF NEW."id" IS DISTINCT FROM OLD."id" OR NEW."unitId" IS DISTINCT FROM OLD."unitId"
    OR NEW."activityId" IS DISTINCT FROM OLD."activityId" OR NEW."volunteerId" IS DISTINCT FROM OLD."volunteerId"
    OR NEW."teamNo" IS DISTINCT FROM OLD."teamNo" OR NEW."servedOn" IS DISTINCT FROM OLD."servedOn"
    OR NEW."year" IS DISTINCT FROM OLD."year" OR NEW."minutes" IS DISTINCT FROM OLD."minutes"
    OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt"
    OR (OLD."appealedAt" IS NOT NULL AND (NEW."appealedAt" IS DISTINCT FROM OLD."appealedAt"
      OR NEW."appeal" IS DISTINCT FROM OLD."appeal")) THEN
    RAISE EXCEPTION 'HourEntry records what happened: only its decision may change'
      USING ERRCODE = 'restrict_violation';
  END IF;
  IF NEW."status" IS DISTINCT FROM OLD."status" AND NOT (
    (OLD."status" = 'pending' AND NEW."status" IN ('approved', 'declined'))
    OR (OLD."status" = 'declined' AND NEW."status" = 'appealed' AND OLD."appealedAt" IS NULL AND NEW."appealedAt" IS NOT NULL)
    OR (OLD."status" = 'appealed' AND NEW."status" IN ('approved', 'declined'))) THEN
    RAISE EXCEPTION 'HourEntry decision refused: pending -> approved | declined, declined -> appealed once, appealed -> approved | declined'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "HourEntry_guard" BEFORE UPDATE OR DELETE ON "HourEntry"
  FOR EACH ROW EXECUTE FUNCTION "hour_entry_guard"();
CREATE TRIGGER "HourEntry_no_truncate" BEFORE TRUNCATE ON "HourEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "hour_entry_guard"();
CREATE FUNCTION "hour_decision_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'HourDecision is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "HourDecision_append_only" BEFORE UPDATE OR DELETE ON "HourDecision"
  FOR EACH ROW EXECUTE FUNCTION "hour_decision_append_only"();
CREATE TRIGGER "HourDecision_no_truncate" BEFORE TRUNCATE ON "HourDecision"
  FOR EACH STATEMENT EXECUTE FUNCTION "hour_decision_append_only"();

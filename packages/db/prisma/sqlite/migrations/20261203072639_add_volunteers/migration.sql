-- CreateTable
CREATE TABLE "Volunteer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Volunteer_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Volunteer_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VolunteerTeam" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "skills" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'active',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "VolunteerTeam_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VolunteerTeamMember" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "teamId" INTEGER NOT NULL,
    "volunteerId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reason" TEXT NOT NULL DEFAULT '',
    "requestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedById" INTEGER,
    CONSTRAINT "VolunteerTeamMember_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "VolunteerTeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "VolunteerTeam" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "VolunteerTeamMember_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "teamId" INTEGER,
    "title" TEXT NOT NULL,
    "titleKey" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "place" TEXT NOT NULL,
    "lng" REAL,
    "lat" REAL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "signupDeadline" DATETIME,
    "mode" TEXT NOT NULL,
    "approval" BOOLEAN NOT NULL DEFAULT false,
    "capacity" INTEGER,
    "placesLeft" INTEGER,
    "requiredSkills" TEXT NOT NULL DEFAULT '[]',
    "attendancePercent" INTEGER NOT NULL DEFAULT 60,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "closedAt" DATETIME,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Activity_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Activity_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "VolunteerTeam" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActivitySignup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "activityId" INTEGER NOT NULL,
    "volunteerId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    CONSTRAINT "ActivitySignup_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ActivitySignup_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ActivitySignup_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActivityAttendance" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "activityId" INTEGER NOT NULL,
    "volunteerId" INTEGER NOT NULL,
    "checkedInAt" DATETIME NOT NULL,
    "checkedOutAt" DATETIME,
    "inMethod" TEXT NOT NULL,
    "outMethod" TEXT,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "early" BOOLEAN NOT NULL DEFAULT false,
    "manualReason" TEXT NOT NULL DEFAULT '',
    "recordedById" INTEGER,
    "rating" INTEGER,
    "comment" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ActivityAttendance_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ActivityAttendance_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ActivityAttendance_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CheckinCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "activityId" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "issuedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedById" INTEGER,
    CONSTRAINT "CheckinCode_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CheckinCode_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HourEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "activityId" INTEGER NOT NULL,
    "volunteerId" INTEGER NOT NULL,
    "teamNo" INTEGER NOT NULL DEFAULT 0,
    "servedOn" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "minutes" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reason" TEXT NOT NULL DEFAULT '',
    "appealedAt" DATETIME,
    "appeal" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HourEntry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HourEntry_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HourEntry_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HourDecision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hourEntryId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "actorId" INTEGER,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HourDecision_hourEntryId_fkey" FOREIGN KEY ("hourEntryId") REFERENCES "HourEntry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HourTotal" (
    "unitId" INTEGER NOT NULL,
    "teamNo" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "entries" INTEGER NOT NULL,

    PRIMARY KEY ("unitId", "teamNo", "month"),
    CONSTRAINT "HourTotal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VolunteerServiceYear" (
    "volunteerId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "minutes" INTEGER NOT NULL,

    PRIMARY KEY ("volunteerId", "year"),
    CONSTRAINT "VolunteerServiceYear_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "VolunteerServiceYear_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VolunteerCertificate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "volunteerId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "fromOn" TEXT NOT NULL,
    "toOn" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" INTEGER,
    "revokedAt" DATETIME,
    CONSTRAINT "VolunteerCertificate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "VolunteerCertificate_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VolunteerAward" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "volunteerId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "awardedOn" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VolunteerAward_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "VolunteerAward_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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

-- Hours are never deleted, whatever client writes: an entry refuses DELETE, refuses any UPDATE of what it records
-- (who, where, when, how long), moves its decision only along pending -> approved | declined, declined -> appealed
-- (once) and appealed -> approved | declined, and keeps its appeal as written. Its trail refuses UPDATE and DELETE.
CREATE TRIGGER "HourEntry_no_delete" BEFORE DELETE ON "HourEntry"
BEGIN SELECT RAISE(ABORT, 'HourEntry is never deleted: decline it with a reason instead'); END;
CREATE TRIGGER "HourEntry_record_fixed" BEFORE UPDATE ON "HourEntry"
WHEN NEW."id" IS NOT OLD."id" OR NEW."unitId" IS NOT OLD."unitId" OR NEW."activityId" IS NOT OLD."activityId"
  OR NEW."volunteerId" IS NOT OLD."volunteerId" OR NEW."teamNo" IS NOT OLD."teamNo"
  OR NEW."servedOn" IS NOT OLD."servedOn" OR NEW."year" IS NOT OLD."year" OR NEW."minutes" IS NOT OLD."minutes"
  OR NEW."createdAt" IS NOT OLD."createdAt"
  OR (OLD."appealedAt" IS NOT NULL AND (NEW."appealedAt" IS NOT OLD."appealedAt" OR NEW."appeal" IS NOT OLD."appeal"))
BEGIN SELECT RAISE(ABORT, 'HourEntry records what happened: only its decision may change'); END;
CREATE TRIGGER "HourEntry_decision_path" BEFORE UPDATE OF "status" ON "HourEntry"
WHEN NEW."status" IS NOT OLD."status" AND NOT (
  (OLD."status" = 'pending' AND NEW."status" IN ('approved', 'declined'))
  OR (OLD."status" = 'declined' AND NEW."status" = 'appealed' AND OLD."appealedAt" IS NULL AND NEW."appealedAt" IS NOT NULL)
  OR (OLD."status" = 'appealed' AND NEW."status" IN ('approved', 'declined')))
BEGIN SELECT RAISE(ABORT, 'HourEntry decision refused: pending -> approved | declined, declined -> appealed once, appealed -> approved | declined'); END;
CREATE TRIGGER "HourDecision_append_only_update" BEFORE UPDATE ON "HourDecision"
BEGIN SELECT RAISE(ABORT, 'HourDecision is append-only'); END;
CREATE TRIGGER "HourDecision_append_only_delete" BEFORE DELETE ON "HourDecision"
BEGIN SELECT RAISE(ABORT, 'HourDecision is append-only'); END;

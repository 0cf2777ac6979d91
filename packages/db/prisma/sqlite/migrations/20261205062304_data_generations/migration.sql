-- CreateTable
CREATE TABLE "DataGeneration" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "version" BIGINT NOT NULL DEFAULT 0
);

-- Each table's generation (model DataGeneration, whileUnchanged in @strata/db): every row written moves it, in the
-- same transaction as the write (so a rolled-back write moves nothing). A table added later gets its row and its
-- three triggers in its own migration (tests/services/kept-values.test.ts checks every table has them).
INSERT INTO "DataGeneration" ("name") VALUES
  ('Activity'),
  ('ActivityAttendance'),
  ('ActivitySignup'),
  ('AnnualSnapshot'),
  ('AnnualSnapshotMember'),
  ('Article'),
  ('ArticleFile'),
  ('ArticlePlacement'),
  ('ArticleReview'),
  ('ArticleRevision'),
  ('ArticleTag'),
  ('AuditLog'),
  ('Blob'),
  ('BlobChunk'),
  ('BoardPost'),
  ('BoardTopic'),
  ('CalendarDay'),
  ('CheckinCode'),
  ('Column'),
  ('Course'),
  ('CourseModule'),
  ('CourseVersion'),
  ('Document'),
  ('DocumentVersion'),
  ('DuesBase'),
  ('DuesChainHead'),
  ('DuesEntry'),
  ('DuesHardship'),
  ('DuesMonthClose'),
  ('DuesPayment'),
  ('DuesRemittance'),
  ('DuesRuleSet'),
  ('DuesTotal'),
  ('Enrolment'),
  ('File'),
  ('FloatingAttachment'),
  ('Grant'),
  ('HourDecision'),
  ('HourEntry'),
  ('HourTotal'),
  ('Lesson'),
  ('LessonProgress'),
  ('Letter'),
  ('LetterDeadline'),
  ('LetterEvent'),
  ('LetterFile'),
  ('Member'),
  ('MemberEvent'),
  ('MemberImport'),
  ('MemberImportRow'),
  ('MemberSponsor'),
  ('NoticeRead'),
  ('Question'),
  ('QuestionBank'),
  ('Quiz'),
  ('QuizAttempt'),
  ('ReplyTemplate'),
  ('SearchIndexState'),
  ('SensitiveWord'),
  ('Session'),
  ('SignInCounter'),
  ('SiteLink'),
  ('TrainingCertificate'),
  ('TrainingCheckinCode'),
  ('TrainingSeat'),
  ('TrainingSession'),
  ('Transfer'),
  ('Unit'),
  ('User'),
  ('Volunteer'),
  ('VolunteerAward'),
  ('VolunteerCertificate'),
  ('VolunteerServiceYear'),
  ('VolunteerTeam'),
  ('VolunteerTeamMember');
CREATE TRIGGER "Activity_generation_insert" AFTER INSERT ON "Activity" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Activity'; END;
CREATE TRIGGER "Activity_generation_update" AFTER UPDATE ON "Activity" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Activity'; END;
CREATE TRIGGER "Activity_generation_delete" AFTER DELETE ON "Activity" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Activity'; END;
CREATE TRIGGER "ActivityAttendance_generation_insert" AFTER INSERT ON "ActivityAttendance" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ActivityAttendance'; END;
CREATE TRIGGER "ActivityAttendance_generation_update" AFTER UPDATE ON "ActivityAttendance" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ActivityAttendance'; END;
CREATE TRIGGER "ActivityAttendance_generation_delete" AFTER DELETE ON "ActivityAttendance" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ActivityAttendance'; END;
CREATE TRIGGER "ActivitySignup_generation_insert" AFTER INSERT ON "ActivitySignup" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ActivitySignup'; END;
CREATE TRIGGER "ActivitySignup_generation_update" AFTER UPDATE ON "ActivitySignup" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ActivitySignup'; END;
CREATE TRIGGER "ActivitySignup_generation_delete" AFTER DELETE ON "ActivitySignup" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ActivitySignup'; END;
CREATE TRIGGER "AnnualSnapshot_generation_insert" AFTER INSERT ON "AnnualSnapshot" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'AnnualSnapshot'; END;
CREATE TRIGGER "AnnualSnapshot_generation_update" AFTER UPDATE ON "AnnualSnapshot" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'AnnualSnapshot'; END;
CREATE TRIGGER "AnnualSnapshot_generation_delete" AFTER DELETE ON "AnnualSnapshot" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'AnnualSnapshot'; END;
CREATE TRIGGER "AnnualSnapshotMember_generation_insert" AFTER INSERT ON "AnnualSnapshotMember" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'AnnualSnapshotMember'; END;
CREATE TRIGGER "AnnualSnapshotMember_generation_update" AFTER UPDATE ON "AnnualSnapshotMember" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'AnnualSnapshotMember'; END;
CREATE TRIGGER "AnnualSnapshotMember_generation_delete" AFTER DELETE ON "AnnualSnapshotMember" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'AnnualSnapshotMember'; END;
CREATE TRIGGER "Article_generation_insert" AFTER INSERT ON "Article" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Article'; END;
CREATE TRIGGER "Article_generation_update" AFTER UPDATE ON "Article" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Article'; END;
CREATE TRIGGER "Article_generation_delete" AFTER DELETE ON "Article" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Article'; END;
CREATE TRIGGER "ArticleFile_generation_insert" AFTER INSERT ON "ArticleFile" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticleFile'; END;
CREATE TRIGGER "ArticleFile_generation_update" AFTER UPDATE ON "ArticleFile" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticleFile'; END;
CREATE TRIGGER "ArticleFile_generation_delete" AFTER DELETE ON "ArticleFile" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticleFile'; END;
CREATE TRIGGER "ArticlePlacement_generation_insert" AFTER INSERT ON "ArticlePlacement" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticlePlacement'; END;
CREATE TRIGGER "ArticlePlacement_generation_update" AFTER UPDATE ON "ArticlePlacement" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticlePlacement'; END;
CREATE TRIGGER "ArticlePlacement_generation_delete" AFTER DELETE ON "ArticlePlacement" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticlePlacement'; END;
CREATE TRIGGER "ArticleReview_generation_insert" AFTER INSERT ON "ArticleReview" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticleReview'; END;
CREATE TRIGGER "ArticleReview_generation_update" AFTER UPDATE ON "ArticleReview" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticleReview'; END;
CREATE TRIGGER "ArticleReview_generation_delete" AFTER DELETE ON "ArticleReview" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticleReview'; END;
CREATE TRIGGER "ArticleRevision_generation_insert" AFTER INSERT ON "ArticleRevision" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticleRevision'; END;
CREATE TRIGGER "ArticleRevision_generation_update" AFTER UPDATE ON "ArticleRevision" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticleRevision'; END;
CREATE TRIGGER "ArticleRevision_generation_delete" AFTER DELETE ON "ArticleRevision" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticleRevision'; END;
CREATE TRIGGER "ArticleTag_generation_insert" AFTER INSERT ON "ArticleTag" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticleTag'; END;
CREATE TRIGGER "ArticleTag_generation_update" AFTER UPDATE ON "ArticleTag" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticleTag'; END;
CREATE TRIGGER "ArticleTag_generation_delete" AFTER DELETE ON "ArticleTag" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ArticleTag'; END;
CREATE TRIGGER "AuditLog_generation_insert" AFTER INSERT ON "AuditLog" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'AuditLog'; END;
CREATE TRIGGER "AuditLog_generation_update" AFTER UPDATE ON "AuditLog" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'AuditLog'; END;
CREATE TRIGGER "AuditLog_generation_delete" AFTER DELETE ON "AuditLog" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'AuditLog'; END;
CREATE TRIGGER "Blob_generation_insert" AFTER INSERT ON "Blob" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Blob'; END;
CREATE TRIGGER "Blob_generation_update" AFTER UPDATE ON "Blob" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Blob'; END;
CREATE TRIGGER "Blob_generation_delete" AFTER DELETE ON "Blob" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Blob'; END;
CREATE TRIGGER "BlobChunk_generation_insert" AFTER INSERT ON "BlobChunk" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'BlobChunk'; END;
CREATE TRIGGER "BlobChunk_generation_update" AFTER UPDATE ON "BlobChunk" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'BlobChunk'; END;
CREATE TRIGGER "BlobChunk_generation_delete" AFTER DELETE ON "BlobChunk" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'BlobChunk'; END;
CREATE TRIGGER "BoardPost_generation_insert" AFTER INSERT ON "BoardPost" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'BoardPost'; END;
CREATE TRIGGER "BoardPost_generation_update" AFTER UPDATE ON "BoardPost" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'BoardPost'; END;
CREATE TRIGGER "BoardPost_generation_delete" AFTER DELETE ON "BoardPost" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'BoardPost'; END;
CREATE TRIGGER "BoardTopic_generation_insert" AFTER INSERT ON "BoardTopic" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'BoardTopic'; END;
CREATE TRIGGER "BoardTopic_generation_update" AFTER UPDATE ON "BoardTopic" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'BoardTopic'; END;
CREATE TRIGGER "BoardTopic_generation_delete" AFTER DELETE ON "BoardTopic" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'BoardTopic'; END;
CREATE TRIGGER "CalendarDay_generation_insert" AFTER INSERT ON "CalendarDay" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'CalendarDay'; END;
CREATE TRIGGER "CalendarDay_generation_update" AFTER UPDATE ON "CalendarDay" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'CalendarDay'; END;
CREATE TRIGGER "CalendarDay_generation_delete" AFTER DELETE ON "CalendarDay" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'CalendarDay'; END;
CREATE TRIGGER "CheckinCode_generation_insert" AFTER INSERT ON "CheckinCode" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'CheckinCode'; END;
CREATE TRIGGER "CheckinCode_generation_update" AFTER UPDATE ON "CheckinCode" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'CheckinCode'; END;
CREATE TRIGGER "CheckinCode_generation_delete" AFTER DELETE ON "CheckinCode" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'CheckinCode'; END;
CREATE TRIGGER "Column_generation_insert" AFTER INSERT ON "Column" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Column'; END;
CREATE TRIGGER "Column_generation_update" AFTER UPDATE ON "Column" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Column'; END;
CREATE TRIGGER "Column_generation_delete" AFTER DELETE ON "Column" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Column'; END;
CREATE TRIGGER "Course_generation_insert" AFTER INSERT ON "Course" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Course'; END;
CREATE TRIGGER "Course_generation_update" AFTER UPDATE ON "Course" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Course'; END;
CREATE TRIGGER "Course_generation_delete" AFTER DELETE ON "Course" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Course'; END;
CREATE TRIGGER "CourseModule_generation_insert" AFTER INSERT ON "CourseModule" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'CourseModule'; END;
CREATE TRIGGER "CourseModule_generation_update" AFTER UPDATE ON "CourseModule" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'CourseModule'; END;
CREATE TRIGGER "CourseModule_generation_delete" AFTER DELETE ON "CourseModule" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'CourseModule'; END;
CREATE TRIGGER "CourseVersion_generation_insert" AFTER INSERT ON "CourseVersion" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'CourseVersion'; END;
CREATE TRIGGER "CourseVersion_generation_update" AFTER UPDATE ON "CourseVersion" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'CourseVersion'; END;
CREATE TRIGGER "CourseVersion_generation_delete" AFTER DELETE ON "CourseVersion" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'CourseVersion'; END;
CREATE TRIGGER "Document_generation_insert" AFTER INSERT ON "Document" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Document'; END;
CREATE TRIGGER "Document_generation_update" AFTER UPDATE ON "Document" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Document'; END;
CREATE TRIGGER "Document_generation_delete" AFTER DELETE ON "Document" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Document'; END;
CREATE TRIGGER "DocumentVersion_generation_insert" AFTER INSERT ON "DocumentVersion" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DocumentVersion'; END;
CREATE TRIGGER "DocumentVersion_generation_update" AFTER UPDATE ON "DocumentVersion" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DocumentVersion'; END;
CREATE TRIGGER "DocumentVersion_generation_delete" AFTER DELETE ON "DocumentVersion" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DocumentVersion'; END;
CREATE TRIGGER "DuesBase_generation_insert" AFTER INSERT ON "DuesBase" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesBase'; END;
CREATE TRIGGER "DuesBase_generation_update" AFTER UPDATE ON "DuesBase" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesBase'; END;
CREATE TRIGGER "DuesBase_generation_delete" AFTER DELETE ON "DuesBase" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesBase'; END;
CREATE TRIGGER "DuesChainHead_generation_insert" AFTER INSERT ON "DuesChainHead" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesChainHead'; END;
CREATE TRIGGER "DuesChainHead_generation_update" AFTER UPDATE ON "DuesChainHead" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesChainHead'; END;
CREATE TRIGGER "DuesChainHead_generation_delete" AFTER DELETE ON "DuesChainHead" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesChainHead'; END;
CREATE TRIGGER "DuesEntry_generation_insert" AFTER INSERT ON "DuesEntry" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesEntry'; END;
CREATE TRIGGER "DuesEntry_generation_update" AFTER UPDATE ON "DuesEntry" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesEntry'; END;
CREATE TRIGGER "DuesEntry_generation_delete" AFTER DELETE ON "DuesEntry" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesEntry'; END;
CREATE TRIGGER "DuesHardship_generation_insert" AFTER INSERT ON "DuesHardship" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesHardship'; END;
CREATE TRIGGER "DuesHardship_generation_update" AFTER UPDATE ON "DuesHardship" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesHardship'; END;
CREATE TRIGGER "DuesHardship_generation_delete" AFTER DELETE ON "DuesHardship" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesHardship'; END;
CREATE TRIGGER "DuesMonthClose_generation_insert" AFTER INSERT ON "DuesMonthClose" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesMonthClose'; END;
CREATE TRIGGER "DuesMonthClose_generation_update" AFTER UPDATE ON "DuesMonthClose" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesMonthClose'; END;
CREATE TRIGGER "DuesMonthClose_generation_delete" AFTER DELETE ON "DuesMonthClose" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesMonthClose'; END;
CREATE TRIGGER "DuesPayment_generation_insert" AFTER INSERT ON "DuesPayment" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesPayment'; END;
CREATE TRIGGER "DuesPayment_generation_update" AFTER UPDATE ON "DuesPayment" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesPayment'; END;
CREATE TRIGGER "DuesPayment_generation_delete" AFTER DELETE ON "DuesPayment" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesPayment'; END;
CREATE TRIGGER "DuesRemittance_generation_insert" AFTER INSERT ON "DuesRemittance" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesRemittance'; END;
CREATE TRIGGER "DuesRemittance_generation_update" AFTER UPDATE ON "DuesRemittance" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesRemittance'; END;
CREATE TRIGGER "DuesRemittance_generation_delete" AFTER DELETE ON "DuesRemittance" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesRemittance'; END;
CREATE TRIGGER "DuesRuleSet_generation_insert" AFTER INSERT ON "DuesRuleSet" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesRuleSet'; END;
CREATE TRIGGER "DuesRuleSet_generation_update" AFTER UPDATE ON "DuesRuleSet" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesRuleSet'; END;
CREATE TRIGGER "DuesRuleSet_generation_delete" AFTER DELETE ON "DuesRuleSet" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesRuleSet'; END;
CREATE TRIGGER "DuesTotal_generation_insert" AFTER INSERT ON "DuesTotal" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesTotal'; END;
CREATE TRIGGER "DuesTotal_generation_update" AFTER UPDATE ON "DuesTotal" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesTotal'; END;
CREATE TRIGGER "DuesTotal_generation_delete" AFTER DELETE ON "DuesTotal" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'DuesTotal'; END;
CREATE TRIGGER "Enrolment_generation_insert" AFTER INSERT ON "Enrolment" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Enrolment'; END;
CREATE TRIGGER "Enrolment_generation_update" AFTER UPDATE ON "Enrolment" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Enrolment'; END;
CREATE TRIGGER "Enrolment_generation_delete" AFTER DELETE ON "Enrolment" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Enrolment'; END;
CREATE TRIGGER "File_generation_insert" AFTER INSERT ON "File" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'File'; END;
CREATE TRIGGER "File_generation_update" AFTER UPDATE ON "File" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'File'; END;
CREATE TRIGGER "File_generation_delete" AFTER DELETE ON "File" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'File'; END;
CREATE TRIGGER "FloatingAttachment_generation_insert" AFTER INSERT ON "FloatingAttachment" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'FloatingAttachment'; END;
CREATE TRIGGER "FloatingAttachment_generation_update" AFTER UPDATE ON "FloatingAttachment" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'FloatingAttachment'; END;
CREATE TRIGGER "FloatingAttachment_generation_delete" AFTER DELETE ON "FloatingAttachment" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'FloatingAttachment'; END;
CREATE TRIGGER "Grant_generation_insert" AFTER INSERT ON "Grant" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Grant'; END;
CREATE TRIGGER "Grant_generation_update" AFTER UPDATE ON "Grant" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Grant'; END;
CREATE TRIGGER "Grant_generation_delete" AFTER DELETE ON "Grant" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Grant'; END;
CREATE TRIGGER "HourDecision_generation_insert" AFTER INSERT ON "HourDecision" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'HourDecision'; END;
CREATE TRIGGER "HourDecision_generation_update" AFTER UPDATE ON "HourDecision" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'HourDecision'; END;
CREATE TRIGGER "HourDecision_generation_delete" AFTER DELETE ON "HourDecision" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'HourDecision'; END;
CREATE TRIGGER "HourEntry_generation_insert" AFTER INSERT ON "HourEntry" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'HourEntry'; END;
CREATE TRIGGER "HourEntry_generation_update" AFTER UPDATE ON "HourEntry" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'HourEntry'; END;
CREATE TRIGGER "HourEntry_generation_delete" AFTER DELETE ON "HourEntry" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'HourEntry'; END;
CREATE TRIGGER "HourTotal_generation_insert" AFTER INSERT ON "HourTotal" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'HourTotal'; END;
CREATE TRIGGER "HourTotal_generation_update" AFTER UPDATE ON "HourTotal" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'HourTotal'; END;
CREATE TRIGGER "HourTotal_generation_delete" AFTER DELETE ON "HourTotal" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'HourTotal'; END;
CREATE TRIGGER "Lesson_generation_insert" AFTER INSERT ON "Lesson" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Lesson'; END;
CREATE TRIGGER "Lesson_generation_update" AFTER UPDATE ON "Lesson" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Lesson'; END;
CREATE TRIGGER "Lesson_generation_delete" AFTER DELETE ON "Lesson" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Lesson'; END;
CREATE TRIGGER "LessonProgress_generation_insert" AFTER INSERT ON "LessonProgress" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'LessonProgress'; END;
CREATE TRIGGER "LessonProgress_generation_update" AFTER UPDATE ON "LessonProgress" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'LessonProgress'; END;
CREATE TRIGGER "LessonProgress_generation_delete" AFTER DELETE ON "LessonProgress" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'LessonProgress'; END;
CREATE TRIGGER "Letter_generation_insert" AFTER INSERT ON "Letter" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Letter'; END;
CREATE TRIGGER "Letter_generation_update" AFTER UPDATE ON "Letter" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Letter'; END;
CREATE TRIGGER "Letter_generation_delete" AFTER DELETE ON "Letter" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Letter'; END;
CREATE TRIGGER "LetterDeadline_generation_insert" AFTER INSERT ON "LetterDeadline" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'LetterDeadline'; END;
CREATE TRIGGER "LetterDeadline_generation_update" AFTER UPDATE ON "LetterDeadline" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'LetterDeadline'; END;
CREATE TRIGGER "LetterDeadline_generation_delete" AFTER DELETE ON "LetterDeadline" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'LetterDeadline'; END;
CREATE TRIGGER "LetterEvent_generation_insert" AFTER INSERT ON "LetterEvent" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'LetterEvent'; END;
CREATE TRIGGER "LetterEvent_generation_update" AFTER UPDATE ON "LetterEvent" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'LetterEvent'; END;
CREATE TRIGGER "LetterEvent_generation_delete" AFTER DELETE ON "LetterEvent" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'LetterEvent'; END;
CREATE TRIGGER "LetterFile_generation_insert" AFTER INSERT ON "LetterFile" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'LetterFile'; END;
CREATE TRIGGER "LetterFile_generation_update" AFTER UPDATE ON "LetterFile" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'LetterFile'; END;
CREATE TRIGGER "LetterFile_generation_delete" AFTER DELETE ON "LetterFile" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'LetterFile'; END;
CREATE TRIGGER "Member_generation_insert" AFTER INSERT ON "Member" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Member'; END;
CREATE TRIGGER "Member_generation_update" AFTER UPDATE ON "Member" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Member'; END;
CREATE TRIGGER "Member_generation_delete" AFTER DELETE ON "Member" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Member'; END;
CREATE TRIGGER "MemberEvent_generation_insert" AFTER INSERT ON "MemberEvent" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'MemberEvent'; END;
CREATE TRIGGER "MemberEvent_generation_update" AFTER UPDATE ON "MemberEvent" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'MemberEvent'; END;
CREATE TRIGGER "MemberEvent_generation_delete" AFTER DELETE ON "MemberEvent" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'MemberEvent'; END;
CREATE TRIGGER "MemberImport_generation_insert" AFTER INSERT ON "MemberImport" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'MemberImport'; END;
CREATE TRIGGER "MemberImport_generation_update" AFTER UPDATE ON "MemberImport" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'MemberImport'; END;
CREATE TRIGGER "MemberImport_generation_delete" AFTER DELETE ON "MemberImport" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'MemberImport'; END;
CREATE TRIGGER "MemberImportRow_generation_insert" AFTER INSERT ON "MemberImportRow" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'MemberImportRow'; END;
CREATE TRIGGER "MemberImportRow_generation_update" AFTER UPDATE ON "MemberImportRow" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'MemberImportRow'; END;
CREATE TRIGGER "MemberImportRow_generation_delete" AFTER DELETE ON "MemberImportRow" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'MemberImportRow'; END;
CREATE TRIGGER "MemberSponsor_generation_insert" AFTER INSERT ON "MemberSponsor" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'MemberSponsor'; END;
CREATE TRIGGER "MemberSponsor_generation_update" AFTER UPDATE ON "MemberSponsor" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'MemberSponsor'; END;
CREATE TRIGGER "MemberSponsor_generation_delete" AFTER DELETE ON "MemberSponsor" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'MemberSponsor'; END;
CREATE TRIGGER "NoticeRead_generation_insert" AFTER INSERT ON "NoticeRead" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'NoticeRead'; END;
CREATE TRIGGER "NoticeRead_generation_update" AFTER UPDATE ON "NoticeRead" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'NoticeRead'; END;
CREATE TRIGGER "NoticeRead_generation_delete" AFTER DELETE ON "NoticeRead" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'NoticeRead'; END;
CREATE TRIGGER "Question_generation_insert" AFTER INSERT ON "Question" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Question'; END;
CREATE TRIGGER "Question_generation_update" AFTER UPDATE ON "Question" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Question'; END;
CREATE TRIGGER "Question_generation_delete" AFTER DELETE ON "Question" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Question'; END;
CREATE TRIGGER "QuestionBank_generation_insert" AFTER INSERT ON "QuestionBank" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'QuestionBank'; END;
CREATE TRIGGER "QuestionBank_generation_update" AFTER UPDATE ON "QuestionBank" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'QuestionBank'; END;
CREATE TRIGGER "QuestionBank_generation_delete" AFTER DELETE ON "QuestionBank" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'QuestionBank'; END;
CREATE TRIGGER "Quiz_generation_insert" AFTER INSERT ON "Quiz" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Quiz'; END;
CREATE TRIGGER "Quiz_generation_update" AFTER UPDATE ON "Quiz" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Quiz'; END;
CREATE TRIGGER "Quiz_generation_delete" AFTER DELETE ON "Quiz" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Quiz'; END;
CREATE TRIGGER "QuizAttempt_generation_insert" AFTER INSERT ON "QuizAttempt" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'QuizAttempt'; END;
CREATE TRIGGER "QuizAttempt_generation_update" AFTER UPDATE ON "QuizAttempt" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'QuizAttempt'; END;
CREATE TRIGGER "QuizAttempt_generation_delete" AFTER DELETE ON "QuizAttempt" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'QuizAttempt'; END;
CREATE TRIGGER "ReplyTemplate_generation_insert" AFTER INSERT ON "ReplyTemplate" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ReplyTemplate'; END;
CREATE TRIGGER "ReplyTemplate_generation_update" AFTER UPDATE ON "ReplyTemplate" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ReplyTemplate'; END;
CREATE TRIGGER "ReplyTemplate_generation_delete" AFTER DELETE ON "ReplyTemplate" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'ReplyTemplate'; END;
CREATE TRIGGER "SearchIndexState_generation_insert" AFTER INSERT ON "SearchIndexState" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'SearchIndexState'; END;
CREATE TRIGGER "SearchIndexState_generation_update" AFTER UPDATE ON "SearchIndexState" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'SearchIndexState'; END;
CREATE TRIGGER "SearchIndexState_generation_delete" AFTER DELETE ON "SearchIndexState" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'SearchIndexState'; END;
CREATE TRIGGER "SensitiveWord_generation_insert" AFTER INSERT ON "SensitiveWord" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'SensitiveWord'; END;
CREATE TRIGGER "SensitiveWord_generation_update" AFTER UPDATE ON "SensitiveWord" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'SensitiveWord'; END;
CREATE TRIGGER "SensitiveWord_generation_delete" AFTER DELETE ON "SensitiveWord" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'SensitiveWord'; END;
CREATE TRIGGER "Session_generation_insert" AFTER INSERT ON "Session" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Session'; END;
CREATE TRIGGER "Session_generation_update" AFTER UPDATE ON "Session" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Session'; END;
CREATE TRIGGER "Session_generation_delete" AFTER DELETE ON "Session" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Session'; END;
CREATE TRIGGER "SignInCounter_generation_insert" AFTER INSERT ON "SignInCounter" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'SignInCounter'; END;
CREATE TRIGGER "SignInCounter_generation_update" AFTER UPDATE ON "SignInCounter" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'SignInCounter'; END;
CREATE TRIGGER "SignInCounter_generation_delete" AFTER DELETE ON "SignInCounter" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'SignInCounter'; END;
CREATE TRIGGER "SiteLink_generation_insert" AFTER INSERT ON "SiteLink" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'SiteLink'; END;
CREATE TRIGGER "SiteLink_generation_update" AFTER UPDATE ON "SiteLink" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'SiteLink'; END;
CREATE TRIGGER "SiteLink_generation_delete" AFTER DELETE ON "SiteLink" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'SiteLink'; END;
CREATE TRIGGER "TrainingCertificate_generation_insert" AFTER INSERT ON "TrainingCertificate" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'TrainingCertificate'; END;
CREATE TRIGGER "TrainingCertificate_generation_update" AFTER UPDATE ON "TrainingCertificate" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'TrainingCertificate'; END;
CREATE TRIGGER "TrainingCertificate_generation_delete" AFTER DELETE ON "TrainingCertificate" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'TrainingCertificate'; END;
CREATE TRIGGER "TrainingCheckinCode_generation_insert" AFTER INSERT ON "TrainingCheckinCode" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'TrainingCheckinCode'; END;
CREATE TRIGGER "TrainingCheckinCode_generation_update" AFTER UPDATE ON "TrainingCheckinCode" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'TrainingCheckinCode'; END;
CREATE TRIGGER "TrainingCheckinCode_generation_delete" AFTER DELETE ON "TrainingCheckinCode" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'TrainingCheckinCode'; END;
CREATE TRIGGER "TrainingSeat_generation_insert" AFTER INSERT ON "TrainingSeat" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'TrainingSeat'; END;
CREATE TRIGGER "TrainingSeat_generation_update" AFTER UPDATE ON "TrainingSeat" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'TrainingSeat'; END;
CREATE TRIGGER "TrainingSeat_generation_delete" AFTER DELETE ON "TrainingSeat" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'TrainingSeat'; END;
CREATE TRIGGER "TrainingSession_generation_insert" AFTER INSERT ON "TrainingSession" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'TrainingSession'; END;
CREATE TRIGGER "TrainingSession_generation_update" AFTER UPDATE ON "TrainingSession" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'TrainingSession'; END;
CREATE TRIGGER "TrainingSession_generation_delete" AFTER DELETE ON "TrainingSession" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'TrainingSession'; END;
CREATE TRIGGER "Transfer_generation_insert" AFTER INSERT ON "Transfer" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Transfer'; END;
CREATE TRIGGER "Transfer_generation_update" AFTER UPDATE ON "Transfer" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Transfer'; END;
CREATE TRIGGER "Transfer_generation_delete" AFTER DELETE ON "Transfer" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Transfer'; END;
CREATE TRIGGER "Unit_generation_insert" AFTER INSERT ON "Unit" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Unit'; END;
CREATE TRIGGER "Unit_generation_update" AFTER UPDATE ON "Unit" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Unit'; END;
CREATE TRIGGER "Unit_generation_delete" AFTER DELETE ON "Unit" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Unit'; END;
CREATE TRIGGER "User_generation_insert" AFTER INSERT ON "User" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'User'; END;
CREATE TRIGGER "User_generation_update" AFTER UPDATE ON "User" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'User'; END;
CREATE TRIGGER "User_generation_delete" AFTER DELETE ON "User" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'User'; END;
CREATE TRIGGER "Volunteer_generation_insert" AFTER INSERT ON "Volunteer" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Volunteer'; END;
CREATE TRIGGER "Volunteer_generation_update" AFTER UPDATE ON "Volunteer" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Volunteer'; END;
CREATE TRIGGER "Volunteer_generation_delete" AFTER DELETE ON "Volunteer" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'Volunteer'; END;
CREATE TRIGGER "VolunteerAward_generation_insert" AFTER INSERT ON "VolunteerAward" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerAward'; END;
CREATE TRIGGER "VolunteerAward_generation_update" AFTER UPDATE ON "VolunteerAward" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerAward'; END;
CREATE TRIGGER "VolunteerAward_generation_delete" AFTER DELETE ON "VolunteerAward" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerAward'; END;
CREATE TRIGGER "VolunteerCertificate_generation_insert" AFTER INSERT ON "VolunteerCertificate" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerCertificate'; END;
CREATE TRIGGER "VolunteerCertificate_generation_update" AFTER UPDATE ON "VolunteerCertificate" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerCertificate'; END;
CREATE TRIGGER "VolunteerCertificate_generation_delete" AFTER DELETE ON "VolunteerCertificate" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerCertificate'; END;
CREATE TRIGGER "VolunteerServiceYear_generation_insert" AFTER INSERT ON "VolunteerServiceYear" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerServiceYear'; END;
CREATE TRIGGER "VolunteerServiceYear_generation_update" AFTER UPDATE ON "VolunteerServiceYear" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerServiceYear'; END;
CREATE TRIGGER "VolunteerServiceYear_generation_delete" AFTER DELETE ON "VolunteerServiceYear" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerServiceYear'; END;
CREATE TRIGGER "VolunteerTeam_generation_insert" AFTER INSERT ON "VolunteerTeam" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerTeam'; END;
CREATE TRIGGER "VolunteerTeam_generation_update" AFTER UPDATE ON "VolunteerTeam" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerTeam'; END;
CREATE TRIGGER "VolunteerTeam_generation_delete" AFTER DELETE ON "VolunteerTeam" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerTeam'; END;
CREATE TRIGGER "VolunteerTeamMember_generation_insert" AFTER INSERT ON "VolunteerTeamMember" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerTeamMember'; END;
CREATE TRIGGER "VolunteerTeamMember_generation_update" AFTER UPDATE ON "VolunteerTeamMember" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerTeamMember'; END;
CREATE TRIGGER "VolunteerTeamMember_generation_delete" AFTER DELETE ON "VolunteerTeamMember" BEGIN UPDATE "DataGeneration" SET "version" = "version" + 1 WHERE "name" = 'VolunteerTeamMember'; END;

-- CreateTable
CREATE TABLE "DataGeneration" (
    "name" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataGeneration_pkey" PRIMARY KEY ("name")
);

-- Each table's generation (model DataGeneration, whileUnchanged in @strata/db): every statement that writes the table takes
-- the next value of its sequence "DataGeneration_<table>". A sequence never blocks a writer and is not rolled
-- back, and its value moves before the writer commits: a value is kept only when computed with no transaction in
-- progress (see data-generation.sql.ts). A table added later gets its row, sequence and trigger in its own
-- migration (tests/services/kept-values.test.ts checks every table has them).
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
CREATE FUNCTION "data_generation_next"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval(format('%I.%I', TG_TABLE_SCHEMA, 'DataGeneration_' || TG_TABLE_NAME)::regclass);
  RETURN NULL;
END;
$$;
CREATE SEQUENCE "DataGeneration_Activity";
CREATE TRIGGER "Activity_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Activity" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_ActivityAttendance";
CREATE TRIGGER "ActivityAttendance_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ActivityAttendance" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_ActivitySignup";
CREATE TRIGGER "ActivitySignup_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ActivitySignup" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_AnnualSnapshot";
CREATE TRIGGER "AnnualSnapshot_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AnnualSnapshot" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_AnnualSnapshotMember";
CREATE TRIGGER "AnnualSnapshotMember_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AnnualSnapshotMember" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Article";
CREATE TRIGGER "Article_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Article" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_ArticleFile";
CREATE TRIGGER "ArticleFile_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ArticleFile" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_ArticlePlacement";
CREATE TRIGGER "ArticlePlacement_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ArticlePlacement" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_ArticleReview";
CREATE TRIGGER "ArticleReview_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ArticleReview" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_ArticleRevision";
CREATE TRIGGER "ArticleRevision_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ArticleRevision" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_ArticleTag";
CREATE TRIGGER "ArticleTag_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ArticleTag" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_AuditLog";
CREATE TRIGGER "AuditLog_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AuditLog" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Blob";
CREATE TRIGGER "Blob_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Blob" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_BlobChunk";
CREATE TRIGGER "BlobChunk_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "BlobChunk" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_BoardPost";
CREATE TRIGGER "BoardPost_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "BoardPost" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_BoardTopic";
CREATE TRIGGER "BoardTopic_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "BoardTopic" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_CalendarDay";
CREATE TRIGGER "CalendarDay_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CalendarDay" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_CheckinCode";
CREATE TRIGGER "CheckinCode_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CheckinCode" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Column";
CREATE TRIGGER "Column_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Column" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Course";
CREATE TRIGGER "Course_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Course" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_CourseModule";
CREATE TRIGGER "CourseModule_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CourseModule" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_CourseVersion";
CREATE TRIGGER "CourseVersion_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CourseVersion" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Document";
CREATE TRIGGER "Document_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Document" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_DocumentVersion";
CREATE TRIGGER "DocumentVersion_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DocumentVersion" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_DuesBase";
CREATE TRIGGER "DuesBase_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DuesBase" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_DuesChainHead";
CREATE TRIGGER "DuesChainHead_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DuesChainHead" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_DuesEntry";
CREATE TRIGGER "DuesEntry_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DuesEntry" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_DuesHardship";
CREATE TRIGGER "DuesHardship_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DuesHardship" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_DuesMonthClose";
CREATE TRIGGER "DuesMonthClose_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DuesMonthClose" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_DuesPayment";
CREATE TRIGGER "DuesPayment_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DuesPayment" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_DuesRemittance";
CREATE TRIGGER "DuesRemittance_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DuesRemittance" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_DuesRuleSet";
CREATE TRIGGER "DuesRuleSet_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DuesRuleSet" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_DuesTotal";
CREATE TRIGGER "DuesTotal_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DuesTotal" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Enrolment";
CREATE TRIGGER "Enrolment_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Enrolment" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_File";
CREATE TRIGGER "File_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "File" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_FloatingAttachment";
CREATE TRIGGER "FloatingAttachment_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "FloatingAttachment" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Grant";
CREATE TRIGGER "Grant_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Grant" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_HourDecision";
CREATE TRIGGER "HourDecision_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "HourDecision" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_HourEntry";
CREATE TRIGGER "HourEntry_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "HourEntry" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_HourTotal";
CREATE TRIGGER "HourTotal_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "HourTotal" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Lesson";
CREATE TRIGGER "Lesson_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Lesson" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_LessonProgress";
CREATE TRIGGER "LessonProgress_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "LessonProgress" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Letter";
CREATE TRIGGER "Letter_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Letter" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_LetterDeadline";
CREATE TRIGGER "LetterDeadline_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "LetterDeadline" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_LetterEvent";
CREATE TRIGGER "LetterEvent_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "LetterEvent" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_LetterFile";
CREATE TRIGGER "LetterFile_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "LetterFile" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Member";
CREATE TRIGGER "Member_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Member" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_MemberEvent";
CREATE TRIGGER "MemberEvent_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MemberEvent" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_MemberImport";
CREATE TRIGGER "MemberImport_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MemberImport" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_MemberImportRow";
CREATE TRIGGER "MemberImportRow_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MemberImportRow" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_MemberSponsor";
CREATE TRIGGER "MemberSponsor_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MemberSponsor" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_NoticeRead";
CREATE TRIGGER "NoticeRead_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "NoticeRead" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Question";
CREATE TRIGGER "Question_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Question" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_QuestionBank";
CREATE TRIGGER "QuestionBank_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "QuestionBank" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Quiz";
CREATE TRIGGER "Quiz_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Quiz" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_QuizAttempt";
CREATE TRIGGER "QuizAttempt_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "QuizAttempt" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_ReplyTemplate";
CREATE TRIGGER "ReplyTemplate_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReplyTemplate" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_SearchIndexState";
CREATE TRIGGER "SearchIndexState_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SearchIndexState" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_SensitiveWord";
CREATE TRIGGER "SensitiveWord_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SensitiveWord" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Session";
CREATE TRIGGER "Session_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Session" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_SignInCounter";
CREATE TRIGGER "SignInCounter_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SignInCounter" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_SiteLink";
CREATE TRIGGER "SiteLink_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SiteLink" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_TrainingCertificate";
CREATE TRIGGER "TrainingCertificate_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TrainingCertificate" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_TrainingCheckinCode";
CREATE TRIGGER "TrainingCheckinCode_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TrainingCheckinCode" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_TrainingSeat";
CREATE TRIGGER "TrainingSeat_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TrainingSeat" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_TrainingSession";
CREATE TRIGGER "TrainingSession_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TrainingSession" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Transfer";
CREATE TRIGGER "Transfer_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Transfer" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Unit";
CREATE TRIGGER "Unit_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Unit" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_User";
CREATE TRIGGER "User_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "User" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_Volunteer";
CREATE TRIGGER "Volunteer_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Volunteer" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_VolunteerAward";
CREATE TRIGGER "VolunteerAward_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "VolunteerAward" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_VolunteerCertificate";
CREATE TRIGGER "VolunteerCertificate_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "VolunteerCertificate" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_VolunteerServiceYear";
CREATE TRIGGER "VolunteerServiceYear_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "VolunteerServiceYear" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_VolunteerTeam";
CREATE TRIGGER "VolunteerTeam_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "VolunteerTeam" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();
CREATE SEQUENCE "DataGeneration_VolunteerTeamMember";
CREATE TRIGGER "VolunteerTeamMember_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "VolunteerTeamMember" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_next"();

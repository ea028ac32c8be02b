-- CreateEnum
CREATE TYPE "BankHolidayRegion" AS ENUM ('ENGLAND_AND_WALES', 'SCOTLAND', 'NORTHERN_IRELAND');

-- CreateEnum
CREATE TYPE "CouncilRole" AS ENUM ('OWNER', 'ADMIN', 'MEMBER');

-- CreateEnum
CREATE TYPE "BoardKind" AS ENUM ('IMPROVEMENT_BOARD', 'EXECUTIVE_GROUP', 'CHILDRENS_TRUST', 'PLANNING_GROUP');

-- CreateEnum
CREATE TYPE "BoardStatus" AS ENUM ('PROVISIONAL', 'ESTABLISHED', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "ReportingBody" AS ENUM ('CABINET', 'SCRUTINY_COMMITTEE', 'DFE', 'SAFEGUARDING_PARTNERSHIP', 'PARENT_BOARD', 'OTHER');

-- CreateEnum
CREATE TYPE "BoardAccessRole" AS ENUM ('ADMINISTRATOR', 'CHAIR', 'MEMBER', 'SUBSTITUTE', 'ATTENDEE', 'OBSERVER');

-- CreateEnum
CREATE TYPE "TermsStatus" AS ENUM ('DRAFT', 'AGREED', 'APPROVED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "TermsSectionKind" AS ENUM ('PURPOSE', 'FUNCTIONS', 'MEMBERSHIP', 'FREQUENCY', 'REPORTING', 'ADMINISTRATION', 'QUORUM', 'REVIEW', 'DISSOLUTION', 'OTHER');

-- CreateEnum
CREATE TYPE "SeatRole" AS ENUM ('INDEPENDENT_CHAIR', 'CHAIR', 'VICE_CHAIR', 'MEMBER', 'ATTENDEE');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('ORDINARY', 'DEEP_DIVE', 'STAKEHOLDER_EVENT');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ItemPurpose" AS ENUM ('DECISION', 'ASSURANCE', 'INFORMATION');

-- CreateEnum
CREATE TYPE "StandingItem" AS ENUM ('APOLOGIES', 'PREVIOUS_MINUTES', 'ACTION_LOG', 'RISK_LOG', 'FORWARD_PLAN');

-- CreateEnum
CREATE TYPE "ProtectiveMarking" AS ENUM ('PUBLIC', 'OFFICIAL', 'OFFICIAL_SENSITIVE');

-- CreateEnum
CREATE TYPE "PaperStatus" AS ENUM ('DRAFT', 'CIRCULATED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('EXPECTED', 'PRESENT', 'VIRTUAL', 'APOLOGIES', 'SUBSTITUTE_ATTENDED', 'ABSENT');

-- CreateEnum
CREATE TYPE "MinutesStatus" AS ENUM ('DRAFT', 'SENT_TO_CHAIR', 'RETURNED', 'APPROVED', 'DISTRIBUTED', 'CONFIRMED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('DECISION', 'RECOMMENDATION');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'AWAITING_SIGN_OFF', 'CLOSED', 'DROPPED');

-- CreateEnum
CREATE TYPE "RiskStatus" AS ENUM ('OPEN', 'MONITORING', 'ESCALATED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ForwardPlanKind" AS ENUM ('DEEP_DIVE', 'REPORT', 'INSPECTION_MILESTONE', 'OTHER');

-- CreateEnum
CREATE TYPE "InspectionKind" AS ENUM ('FULL_INSPECTION', 'FOCUSED_VISIT', 'MONITORING_VISIT');

-- CreateEnum
CREATE TYPE "Judgement" AS ENUM ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE', 'NOT_JUDGED');

-- CreateEnum
CREATE TYPE "FindingKind" AS ENUM ('PRIORITY_ACTION', 'IMMEDIATE_ACTION', 'AREA_FOR_IMPROVEMENT');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'APPROVED', 'IN_DELIVERY', 'TRANSITION', 'CLOSED');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('COUNCIL', 'POLICE', 'HEALTH', 'SCHOOLS', 'OTHER');

-- CreateEnum
CREATE TYPE "PlanActionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'AWAITING_SIGN_OFF', 'SIGNED_OFF', 'CARRIED_OVER', 'CLOSED');

-- CreateEnum
CREATE TYPE "Rag" AS ENUM ('RED', 'AMBER', 'GREEN', 'BLUE');

-- CreateTable
CREATE TABLE "Council" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region" "BankHolidayRegion" NOT NULL DEFAULT 'ENGLAND_AND_WALES',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Council_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilMembership" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "role" "CouncilRole" NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CouncilMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Board" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "BoardKind" NOT NULL,
    "status" "BoardStatus" NOT NULL DEFAULT 'PROVISIONAL',
    "parentBoardId" UUID,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "defaultVenue" TEXT,
    "virtualAttendance" BOOLEAN NOT NULL DEFAULT true,
    "paperNoticeWorkingDays" INTEGER NOT NULL DEFAULT 5,
    "apologyNoticeWorkingDays" INTEGER NOT NULL DEFAULT 2,
    "substitutesPerMember" INTEGER NOT NULL DEFAULT 1,
    "minutesDistributionDays" INTEGER NOT NULL DEFAULT 7,
    "publicationNoticeDays" INTEGER NOT NULL DEFAULT 7,
    "termsReviewMonths" INTEGER NOT NULL DEFAULT 6,
    "scheduleReviewMonths" INTEGER NOT NULL DEFAULT 6,
    "quorumMinimum" INTEGER,
    "riskAppetiteScore" INTEGER NOT NULL DEFAULT 12,
    "actionReferencePrefix" TEXT NOT NULL DEFAULT 'IB',
    "scheduleReviewedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Board_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardStatusChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "boardId" UUID NOT NULL,
    "status" "BoardStatus" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "decision" TEXT NOT NULL,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardReportingLine" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "boardId" UUID NOT NULL,
    "body" "ReportingBody" NOT NULL,
    "name" TEXT NOT NULL,
    "frequency" TEXT,

    CONSTRAINT "BoardReportingLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardAccess" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "boardId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "role" "BoardAccessRole" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermsVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "boardId" UUID NOT NULL,
    "major" INTEGER NOT NULL,
    "minor" INTEGER NOT NULL,
    "status" "TermsStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "agreedAtMeetingId" UUID,
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "approvedHash" TEXT,
    "previousVersionId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TermsVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermsSection" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "termsVersionId" UUID NOT NULL,
    "kind" "TermsSectionKind" NOT NULL,
    "heading" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TermsSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Seat" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "boardId" UUID NOT NULL,
    "personId" UUID,
    "role" "SeatRole" NOT NULL,
    "agency" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "startsOn" DATE,
    "endsOn" DATE,
    "substitutePersonId" UUID,
    "agreedAtMeetingId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Seat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeatChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "seatId" UUID NOT NULL,
    "summary" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "agreedAtMeetingId" UUID,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeatChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingSeries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "boardId" UUID NOT NULL,
    "rrule" TEXT NOT NULL,
    "startTime" TEXT NOT NULL,
    "endTime" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL DEFAULT 'ORDINARY',
    "venue" TEXT,
    "startsOn" DATE NOT NULL,
    "untilOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "boardId" UUID NOT NULL,
    "seriesId" UUID,
    "kind" "MeetingKind" NOT NULL DEFAULT 'ORDINARY',
    "theme" TEXT,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "venue" TEXT,
    "virtualLink" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "cancelledReason" TEXT,
    "rescheduledFromId" UUID,
    "agendaAgreedById" UUID,
    "agendaAgreedAt" TIMESTAMPTZ(3),
    "quorumDecision" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "presenter" TEXT,
    "purpose" "ItemPurpose" NOT NULL DEFAULT 'INFORMATION',
    "durationMinutes" INTEGER,
    "standing" "StandingItem",

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItemLink" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "agendaItemId" UUID NOT NULL,
    "actionId" UUID,
    "riskId" UUID,
    "planActionId" UUID,

    CONSTRAINT "AgendaItemLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Paper" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "agendaItemId" UUID,
    "title" TEXT NOT NULL,
    "marking" "ProtectiveMarking" NOT NULL DEFAULT 'OFFICIAL',
    "status" "PaperStatus" NOT NULL DEFAULT 'DRAFT',
    "circulatedAt" TIMESTAMPTZ(3),
    "isLate" BOOLEAN NOT NULL DEFAULT false,
    "lateAcceptedById" UUID,
    "lateAcceptedAt" TIMESTAMPTZ(3),
    "lateReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Paper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaperFile" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "paperId" UUID NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaperOpened" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "paperFileId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperOpened_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "seatId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL DEFAULT 'EXPECTED',
    "substituteAttends" BOOLEAN NOT NULL DEFAULT false,
    "substitutePersonId" UUID,
    "apologySentAt" TIMESTAMPTZ(3),
    "apologyLate" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "recordedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "status" "MinutesStatus" NOT NULL DEFAULT 'DRAFT',
    "previousVersionId" UUID,
    "chairComments" TEXT,
    "sentToChairAt" TIMESTAMPTZ(3),
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "approvedHash" TEXT,
    "distributedAt" TIMESTAMPTZ(3),
    "confirmedAtMeetingId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MinutesVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "minutesVersionId" UUID NOT NULL,
    "agendaItemId" UUID,
    "position" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "discussion" TEXT NOT NULL,

    CONSTRAINT "MinutesItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "minutesItemId" UUID,
    "kind" "DecisionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "decisionMaker" TEXT,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "boardId" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "ownerSeatId" UUID,
    "ownerAgency" TEXT,
    "sourceMeetingId" UUID,
    "sourceMinutesItemId" UUID,
    "sourcePlanActionId" UUID,
    "dueOn" DATE NOT NULL,
    "agreedDueOn" DATE,
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "droppedReason" TEXT,
    "signedOffAtMeetingId" UUID,
    "signedOffById" UUID,
    "signedOffAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionDueDateRevision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "previousDueOn" DATE NOT NULL,
    "proposedDueOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "proposedById" UUID,
    "proposedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "agreedAtMeetingId" UUID,
    "agreedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ActionDueDateRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "statusAfter" "ActionStatus",
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Risk" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "boardId" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "cause" TEXT,
    "consequence" TEXT,
    "category" TEXT NOT NULL,
    "ownerSeatId" UUID,
    "ownerName" TEXT,
    "inherentLikelihood" INTEGER NOT NULL,
    "inherentImpact" INTEGER NOT NULL,
    "currentLikelihood" INTEGER NOT NULL,
    "currentImpact" INTEGER NOT NULL,
    "targetLikelihood" INTEGER NOT NULL,
    "targetImpact" INTEGER NOT NULL,
    "controls" TEXT,
    "reviewDueOn" DATE NOT NULL,
    "status" "RiskStatus" NOT NULL DEFAULT 'OPEN',
    "escalatedToRiskId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Risk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskMitigation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "riskId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "ownerName" TEXT,
    "dueOn" DATE,
    "done" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "RiskMitigation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskReview" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "riskId" UUID NOT NULL,
    "reviewedOn" DATE NOT NULL,
    "likelihood" INTEGER NOT NULL,
    "impact" INTEGER NOT NULL,
    "note" TEXT,
    "reviewedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForwardPlanItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "boardId" UUID NOT NULL,
    "meetingId" UUID,
    "kind" "ForwardPlanKind" NOT NULL DEFAULT 'REPORT',
    "title" TEXT NOT NULL,
    "presenter" TEXT,
    "agendaItemId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForwardPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "kind" "InspectionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "visitedOn" DATE NOT NULL,
    "judgement" "Judgement" NOT NULL,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionFinding" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "kind" "FindingKind" NOT NULL,
    "reference" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "InspectionFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementPlan" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "boardId" UUID NOT NULL,
    "inspectionId" UUID,
    "title" TEXT NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "submissionDeadline" DATE,
    "submittedAt" TIMESTAMPTZ(3),
    "previousPlanId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ImprovementPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTheme" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PlanTheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerAgency" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,

    CONSTRAINT "PartnerAgency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScrutinyBody" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "boardId" UUID,

    CONSTRAINT "ScrutinyBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "themeId" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "leadOfficer" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "agreedDueOn" DATE,
    "status" "PlanActionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "rag" "Rag",
    "deliveryBodyId" UUID,
    "scrutinyBodyId" UUID,
    "secondScrutinyBodyId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanActionFinding" (
    "councilId" UUID NOT NULL,
    "planActionId" UUID NOT NULL,
    "findingId" UUID NOT NULL,

    CONSTRAINT "PlanActionFinding_pkey" PRIMARY KEY ("planActionId","findingId")
);

-- CreateTable
CREATE TABLE "PlanActionAgency" (
    "councilId" UUID NOT NULL,
    "planActionId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,

    CONSTRAINT "PlanActionAgency_pkey" PRIMARY KEY ("planActionId","agencyId")
);

-- CreateTable
CREATE TABLE "PlanMilestone" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "planActionId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "completedOn" DATE,

    CONSTRAINT "PlanMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanActionDueDateRevision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "planActionId" UUID NOT NULL,
    "previousDueOn" DATE NOT NULL,
    "proposedDueOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "proposedById" UUID,
    "proposedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "agreedAtMeetingId" UUID,
    "agreedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PlanActionDueDateRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanActionSignOff" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "planActionId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "proposedBy" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "recordedById" UUID,
    "signedOffAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reopenedAt" TIMESTAMPTZ(3),
    "reopenReason" TEXT,

    CONSTRAINT "PlanActionSignOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanCarryOver" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "fromPlanActionId" UUID NOT NULL,
    "toPlanActionId" UUID,
    "closedReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanCarryOver_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactMeasure" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "planActionId" UUID,
    "title" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "value" DECIMAL(12,2) NOT NULL,
    "target" DECIMAL(12,2),
    "unit" TEXT,
    "note" TEXT,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImpactMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "councilId" UUID NOT NULL,
    "actorId" UUID,
    "kind" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "prevHash" TEXT,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Council_slug_key" ON "Council"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- CreateIndex
CREATE INDEX "CouncilMembership_personId_idx" ON "CouncilMembership"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilMembership_councilId_personId_key" ON "CouncilMembership"("councilId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Board_councilId_slug_key" ON "Board"("councilId", "slug");

-- CreateIndex
CREATE INDEX "BoardStatusChange_boardId_idx" ON "BoardStatusChange"("boardId");

-- CreateIndex
CREATE INDEX "BoardReportingLine_boardId_idx" ON "BoardReportingLine"("boardId");

-- CreateIndex
CREATE INDEX "BoardAccess_personId_idx" ON "BoardAccess"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "BoardAccess_boardId_personId_role_key" ON "BoardAccess"("boardId", "personId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "TermsVersion_boardId_major_minor_key" ON "TermsVersion"("boardId", "major", "minor");

-- CreateIndex
CREATE INDEX "TermsSection_termsVersionId_position_idx" ON "TermsSection"("termsVersionId", "position");

-- CreateIndex
CREATE INDEX "Seat_boardId_idx" ON "Seat"("boardId");

-- CreateIndex
CREATE INDEX "Seat_personId_idx" ON "Seat"("personId");

-- CreateIndex
CREATE INDEX "Seat_substitutePersonId_idx" ON "Seat"("substitutePersonId");

-- CreateIndex
CREATE INDEX "SeatChange_seatId_idx" ON "SeatChange"("seatId");

-- CreateIndex
CREATE INDEX "Meeting_boardId_startsAt_idx" ON "Meeting"("boardId", "startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "AgendaItemLink_agendaItemId_idx" ON "AgendaItemLink"("agendaItemId");

-- CreateIndex
CREATE INDEX "Paper_meetingId_idx" ON "Paper"("meetingId");

-- CreateIndex
CREATE INDEX "Paper_agendaItemId_idx" ON "Paper"("agendaItemId");

-- CreateIndex
CREATE UNIQUE INDEX "PaperFile_paperId_versionNo_key" ON "PaperFile"("paperId", "versionNo");

-- CreateIndex
CREATE INDEX "PaperOpened_paperFileId_idx" ON "PaperOpened"("paperFileId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_meetingId_seatId_key" ON "Attendance"("meetingId", "seatId");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesVersion_meetingId_versionNo_key" ON "MinutesVersion"("meetingId", "versionNo");

-- CreateIndex
CREATE INDEX "MinutesItem_minutesVersionId_position_idx" ON "MinutesItem"("minutesVersionId", "position");

-- CreateIndex
CREATE INDEX "Decision_meetingId_idx" ON "Decision"("meetingId");

-- CreateIndex
CREATE INDEX "Action_boardId_status_dueOn_idx" ON "Action"("boardId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "Action_boardId_ownerSeatId_idx" ON "Action"("boardId", "ownerSeatId");

-- CreateIndex
CREATE UNIQUE INDEX "Action_boardId_reference_key" ON "Action"("boardId", "reference");

-- CreateIndex
CREATE INDEX "ActionDueDateRevision_actionId_idx" ON "ActionDueDateRevision"("actionId");

-- CreateIndex
CREATE INDEX "ActionUpdate_actionId_createdAt_idx" ON "ActionUpdate"("actionId", "createdAt");

-- CreateIndex
CREATE INDEX "Risk_boardId_status_reviewDueOn_idx" ON "Risk"("boardId", "status", "reviewDueOn");

-- CreateIndex
CREATE UNIQUE INDEX "Risk_boardId_reference_key" ON "Risk"("boardId", "reference");

-- CreateIndex
CREATE INDEX "RiskMitigation_riskId_idx" ON "RiskMitigation"("riskId");

-- CreateIndex
CREATE INDEX "RiskReview_riskId_reviewedOn_idx" ON "RiskReview"("riskId", "reviewedOn");

-- CreateIndex
CREATE INDEX "ForwardPlanItem_boardId_meetingId_idx" ON "ForwardPlanItem"("boardId", "meetingId");

-- CreateIndex
CREATE INDEX "InspectionFinding_inspectionId_position_idx" ON "InspectionFinding"("inspectionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTheme_planId_name_key" ON "PlanTheme"("planId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerAgency_councilId_name_key" ON "PartnerAgency"("councilId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ScrutinyBody_councilId_name_key" ON "ScrutinyBody"("councilId", "name");

-- CreateIndex
CREATE INDEX "PlanAction_planId_themeId_idx" ON "PlanAction"("planId", "themeId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanAction_planId_reference_key" ON "PlanAction"("planId", "reference");

-- CreateIndex
CREATE INDEX "PlanActionFinding_findingId_idx" ON "PlanActionFinding"("findingId");

-- CreateIndex
CREATE INDEX "PlanMilestone_planActionId_idx" ON "PlanMilestone"("planActionId");

-- CreateIndex
CREATE INDEX "PlanActionDueDateRevision_planActionId_idx" ON "PlanActionDueDateRevision"("planActionId");

-- CreateIndex
CREATE INDEX "PlanActionSignOff_planActionId_idx" ON "PlanActionSignOff"("planActionId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanCarryOver_fromPlanActionId_key" ON "PlanCarryOver"("fromPlanActionId");

-- CreateIndex
CREATE INDEX "ImpactMeasure_planId_title_idx" ON "ImpactMeasure"("planId", "title");

-- CreateIndex
CREATE INDEX "AuditEvent_councilId_id_idx" ON "AuditEvent"("councilId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_councilId_entityType_entityId_idx" ON "AuditEvent"("councilId", "entityType", "entityId");

-- AddForeignKey
ALTER TABLE "CouncilMembership" ADD CONSTRAINT "CouncilMembership_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMembership" ADD CONSTRAINT "CouncilMembership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Board" ADD CONSTRAINT "Board_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Board" ADD CONSTRAINT "Board_parentBoardId_fkey" FOREIGN KEY ("parentBoardId") REFERENCES "Board"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardStatusChange" ADD CONSTRAINT "BoardStatusChange_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardReportingLine" ADD CONSTRAINT "BoardReportingLine_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardAccess" ADD CONSTRAINT "BoardAccess_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardAccess" ADD CONSTRAINT "BoardAccess_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsVersion" ADD CONSTRAINT "TermsVersion_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsVersion" ADD CONSTRAINT "TermsVersion_agreedAtMeetingId_fkey" FOREIGN KEY ("agreedAtMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsVersion" ADD CONSTRAINT "TermsVersion_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsVersion" ADD CONSTRAINT "TermsVersion_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "TermsVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsSection" ADD CONSTRAINT "TermsSection_termsVersionId_fkey" FOREIGN KEY ("termsVersionId") REFERENCES "TermsVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_substitutePersonId_fkey" FOREIGN KEY ("substitutePersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_agreedAtMeetingId_fkey" FOREIGN KEY ("agreedAtMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatChange" ADD CONSTRAINT "SeatChange_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Seat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSeries" ADD CONSTRAINT "MeetingSeries_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_rescheduledFromId_fkey" FOREIGN KEY ("rescheduledFromId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemLink" ADD CONSTRAINT "AgendaItemLink_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemLink" ADD CONSTRAINT "AgendaItemLink_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemLink" ADD CONSTRAINT "AgendaItemLink_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemLink" ADD CONSTRAINT "AgendaItemLink_planActionId_fkey" FOREIGN KEY ("planActionId") REFERENCES "PlanAction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paper" ADD CONSTRAINT "Paper_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paper" ADD CONSTRAINT "Paper_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperFile" ADD CONSTRAINT "PaperFile_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperOpened" ADD CONSTRAINT "PaperOpened_paperFileId_fkey" FOREIGN KEY ("paperFileId") REFERENCES "PaperFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Seat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesVersion" ADD CONSTRAINT "MinutesVersion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesVersion" ADD CONSTRAINT "MinutesVersion_confirmedAtMeetingId_fkey" FOREIGN KEY ("confirmedAtMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesVersion" ADD CONSTRAINT "MinutesVersion_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesVersion" ADD CONSTRAINT "MinutesVersion_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "MinutesVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesItem" ADD CONSTRAINT "MinutesItem_minutesVersionId_fkey" FOREIGN KEY ("minutesVersionId") REFERENCES "MinutesVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesItem" ADD CONSTRAINT "MinutesItem_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_minutesItemId_fkey" FOREIGN KEY ("minutesItemId") REFERENCES "MinutesItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_ownerSeatId_fkey" FOREIGN KEY ("ownerSeatId") REFERENCES "Seat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_sourceMeetingId_fkey" FOREIGN KEY ("sourceMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_sourceMinutesItemId_fkey" FOREIGN KEY ("sourceMinutesItemId") REFERENCES "MinutesItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_sourcePlanActionId_fkey" FOREIGN KEY ("sourcePlanActionId") REFERENCES "PlanAction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_signedOffAtMeetingId_fkey" FOREIGN KEY ("signedOffAtMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionDueDateRevision" ADD CONSTRAINT "ActionDueDateRevision_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionDueDateRevision" ADD CONSTRAINT "ActionDueDateRevision_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionDueDateRevision" ADD CONSTRAINT "ActionDueDateRevision_agreedAtMeetingId_fkey" FOREIGN KEY ("agreedAtMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_ownerSeatId_fkey" FOREIGN KEY ("ownerSeatId") REFERENCES "Seat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_escalatedToRiskId_fkey" FOREIGN KEY ("escalatedToRiskId") REFERENCES "Risk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskMitigation" ADD CONSTRAINT "RiskMitigation_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskReview" ADD CONSTRAINT "RiskReview_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForwardPlanItem" ADD CONSTRAINT "ForwardPlanItem_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForwardPlanItem" ADD CONSTRAINT "ForwardPlanItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForwardPlanItem" ADD CONSTRAINT "ForwardPlanItem_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementPlan" ADD CONSTRAINT "ImprovementPlan_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementPlan" ADD CONSTRAINT "ImprovementPlan_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementPlan" ADD CONSTRAINT "ImprovementPlan_previousPlanId_fkey" FOREIGN KEY ("previousPlanId") REFERENCES "ImprovementPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTheme" ADD CONSTRAINT "PlanTheme_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ImprovementPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerAgency" ADD CONSTRAINT "PartnerAgency_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScrutinyBody" ADD CONSTRAINT "ScrutinyBody_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ImprovementPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "PlanTheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_deliveryBodyId_fkey" FOREIGN KEY ("deliveryBodyId") REFERENCES "ScrutinyBody"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_scrutinyBodyId_fkey" FOREIGN KEY ("scrutinyBodyId") REFERENCES "ScrutinyBody"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_secondScrutinyBodyId_fkey" FOREIGN KEY ("secondScrutinyBodyId") REFERENCES "ScrutinyBody"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanActionFinding" ADD CONSTRAINT "PlanActionFinding_planActionId_fkey" FOREIGN KEY ("planActionId") REFERENCES "PlanAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanActionFinding" ADD CONSTRAINT "PlanActionFinding_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "InspectionFinding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanActionAgency" ADD CONSTRAINT "PlanActionAgency_planActionId_fkey" FOREIGN KEY ("planActionId") REFERENCES "PlanAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanActionAgency" ADD CONSTRAINT "PlanActionAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "PartnerAgency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanMilestone" ADD CONSTRAINT "PlanMilestone_planActionId_fkey" FOREIGN KEY ("planActionId") REFERENCES "PlanAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanActionDueDateRevision" ADD CONSTRAINT "PlanActionDueDateRevision_planActionId_fkey" FOREIGN KEY ("planActionId") REFERENCES "PlanAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanActionSignOff" ADD CONSTRAINT "PlanActionSignOff_planActionId_fkey" FOREIGN KEY ("planActionId") REFERENCES "PlanAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanActionSignOff" ADD CONSTRAINT "PlanActionSignOff_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanCarryOver" ADD CONSTRAINT "PlanCarryOver_fromPlanActionId_fkey" FOREIGN KEY ("fromPlanActionId") REFERENCES "PlanAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanCarryOver" ADD CONSTRAINT "PlanCarryOver_toPlanActionId_fkey" FOREIGN KEY ("toPlanActionId") REFERENCES "PlanAction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactMeasure" ADD CONSTRAINT "ImpactMeasure_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ImprovementPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactMeasure" ADD CONSTRAINT "ImpactMeasure_planActionId_fkey" FOREIGN KEY ("planActionId") REFERENCES "PlanAction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

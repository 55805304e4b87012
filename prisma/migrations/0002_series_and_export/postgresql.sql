-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "exportBranch" TEXT,
ADD COLUMN     "exportCommitSha" TEXT,
ADD COLUMN     "exportHeadOwner" TEXT,
ADD COLUMN     "exportedAt" TIMESTAMP(3),
ADD COLUMN     "fileName" TEXT,
ADD COLUMN     "prNumber" INTEGER,
ADD COLUMN     "prState" TEXT,
ADD COLUMN     "prUrl" TEXT,
ADD COLUMN     "seriesId" TEXT;

-- CreateTable
CREATE TABLE "Series" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "repoOwner" TEXT,
    "repoName" TEXT,
    "privateRepo" BOOLEAN NOT NULL DEFAULT false,
    "baseBranch" TEXT NOT NULL DEFAULT 'main',
    "folder" TEXT NOT NULL,
    "fileNamePattern" TEXT NOT NULL DEFAULT '{yyyy}{mm}{dd}.md',
    "template" TEXT NOT NULL,
    "weekday" INTEGER,
    "actionItemStyle" TEXT NOT NULL DEFAULT 'plain',
    "requireDco" BOOLEAN NOT NULL DEFAULT false,
    "commitMessagePattern" TEXT NOT NULL DEFAULT 'Add minutes of {{series}} {{date}}',
    "prTitlePattern" TEXT NOT NULL DEFAULT 'Minutes of {{series}} {{date}}',
    "prBodyPattern" TEXT NOT NULL DEFAULT '',
    "archivedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Series_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Meeting_seriesId_date_idx" ON "Meeting"("seriesId", "date");

-- AddForeignKey
ALTER TABLE "Series" ADD CONSTRAINT "Series_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE SET NULL ON UPDATE CASCADE;


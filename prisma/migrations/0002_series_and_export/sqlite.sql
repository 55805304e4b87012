-- CreateTable
CREATE TABLE "Series" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "archivedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Series_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "seriesId" TEXT,
    "fileName" TEXT,
    "exportBranch" TEXT,
    "exportHeadOwner" TEXT,
    "exportCommitSha" TEXT,
    "prNumber" INTEGER,
    "prUrl" TEXT,
    "prState" TEXT,
    "exportedAt" DATETIME,
    CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Meeting_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Meeting" ("createdAt", "createdById", "date", "id", "title", "updatedAt") SELECT "createdAt", "createdById", "date", "id", "title", "updatedAt" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE INDEX "Meeting_date_idx" ON "Meeting"("date");
CREATE INDEX "Meeting_seriesId_date_idx" ON "Meeting"("seriesId", "date");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- AlterTable
ALTER TABLE "User" ADD COLUMN "emailVerified" DATETIME;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "lockedAt" DATETIME;

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "refresh_token_expires_in" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingImage" (
    "fileName" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BLOB NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingImage_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingImage_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Series" (
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
    "lockAfterMerge" BOOLEAN NOT NULL DEFAULT false,
    "commitMessagePattern" TEXT NOT NULL DEFAULT 'Add minutes of {{series}} {{date}}',
    "prTitlePattern" TEXT NOT NULL DEFAULT 'Minutes of {{series}} {{date}}',
    "prBodyPattern" TEXT NOT NULL DEFAULT '',
    "archivedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Series_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Series" ("actionItemStyle", "archivedAt", "baseBranch", "commitMessagePattern", "createdAt", "createdById", "fileNamePattern", "folder", "id", "name", "prBodyPattern", "prTitlePattern", "privateRepo", "repoName", "repoOwner", "requireDco", "template", "updatedAt", "weekday") SELECT "actionItemStyle", "archivedAt", "baseBranch", "commitMessagePattern", "createdAt", "createdById", "fileNamePattern", "folder", "id", "name", "prBodyPattern", "prTitlePattern", "privateRepo", "repoName", "repoOwner", "requireDco", "template", "updatedAt", "weekday" FROM "Series";
DROP TABLE "Series";
ALTER TABLE "new_Series" RENAME TO "Series";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE INDEX "MeetingImage_meetingId_idx" ON "MeetingImage"("meetingId");


-- CreateTable
CREATE TABLE "Lease" (
    "resource" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "token" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Lease_owner_idx" ON "Lease"("owner");


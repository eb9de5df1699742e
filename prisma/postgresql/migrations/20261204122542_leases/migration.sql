-- CreateTable
CREATE TABLE "Lease" (
    "resource" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "token" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lease_pkey" PRIMARY KEY ("resource")
);

-- CreateIndex
CREATE INDEX "Lease_owner_idx" ON "Lease"("owner");


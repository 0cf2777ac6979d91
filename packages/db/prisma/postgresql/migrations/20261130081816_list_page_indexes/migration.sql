-- DropIndex
DROP INDEX "Article_deletedAt_idx";

-- DropIndex
DROP INDEX "Article_status_idx";

-- DropIndex
DROP INDEX "Article_titleKey_idx";

-- DropIndex
DROP INDEX "Article_unitId_updatedAt_idx";

-- DropIndex
DROP INDEX "AuditLog_unitId_at_idx";

-- DropIndex
DROP INDEX "User_unitId_idx";

-- CreateIndex
CREATE INDEX "Article_updatedAt_id_unitId_deletedAt_status_idx" ON "Article"("updatedAt", "id", "unitId", "deletedAt", "status");

-- CreateIndex
CREATE INDEX "Article_createdAt_id_unitId_deletedAt_status_idx" ON "Article"("createdAt", "id", "unitId", "deletedAt", "status");

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_unitId_deletedAt_status_idx" ON "Article"("publishedAt", "id", "unitId", "deletedAt", "status");

-- CreateIndex
CREATE INDEX "Article_titleKey_id_unitId_deletedAt_status_idx" ON "Article"("titleKey", "id", "unitId", "deletedAt", "status");

-- CreateIndex
CREATE INDEX "Article_deletedAt_id_unitId_idx" ON "Article"("deletedAt", "id", "unitId");

-- CreateIndex
CREATE INDEX "Article_unitId_updatedAt_id_deletedAt_status_idx" ON "Article"("unitId", "updatedAt", "id", "deletedAt", "status");

-- CreateIndex
CREATE INDEX "Article_unitId_createdAt_id_deletedAt_status_idx" ON "Article"("unitId", "createdAt", "id", "deletedAt", "status");

-- CreateIndex
CREATE INDEX "Article_unitId_publishedAt_id_deletedAt_status_idx" ON "Article"("unitId", "publishedAt", "id", "deletedAt", "status");

-- CreateIndex
CREATE INDEX "Article_unitId_titleKey_id_deletedAt_status_idx" ON "Article"("unitId", "titleKey", "id", "deletedAt", "status");

-- CreateIndex
CREATE INDEX "Article_unitId_deletedAt_id_idx" ON "Article"("unitId", "deletedAt", "id");

-- CreateIndex
CREATE INDEX "Article_status_unitId_deletedAt_idx" ON "Article"("status", "unitId", "deletedAt");

-- CreateIndex
CREATE INDEX "Article_unitId_status_deletedAt_idx" ON "Article"("unitId", "status", "deletedAt");

-- CreateIndex
CREATE INDEX "AuditLog_id_unitId_idx" ON "AuditLog"("id", "unitId");

-- CreateIndex
CREATE INDEX "AuditLog_unitId_id_idx" ON "AuditLog"("unitId", "id");

-- CreateIndex
CREATE INDEX "User_username_id_unitId_idx" ON "User"("username", "id", "unitId");

-- CreateIndex
CREATE INDEX "User_displayName_id_unitId_idx" ON "User"("displayName", "id", "unitId");

-- CreateIndex
CREATE INDEX "User_createdAt_id_unitId_idx" ON "User"("createdAt", "id", "unitId");

-- CreateIndex
CREATE INDEX "User_lastSignInAt_id_unitId_idx" ON "User"("lastSignInAt", "id", "unitId");

-- CreateIndex
CREATE INDEX "User_unitId_username_id_idx" ON "User"("unitId", "username", "id");

-- CreateIndex
CREATE INDEX "User_unitId_displayName_id_idx" ON "User"("unitId", "displayName", "id");

-- CreateIndex
CREATE INDEX "User_unitId_createdAt_id_idx" ON "User"("unitId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "User_unitId_lastSignInAt_id_idx" ON "User"("unitId", "lastSignInAt", "id");

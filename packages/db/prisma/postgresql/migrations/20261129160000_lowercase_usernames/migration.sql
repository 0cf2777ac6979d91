-- Usernames are not case-sensitive from now on: the application stores and compares them in lower case.
-- Existing names are lowered, except where two differ only in case (an administrator renames those).
UPDATE "User" SET "username" = lower("username")
WHERE "username" <> lower("username")
  AND NOT EXISTS (
    SELECT 1 FROM "User" AS "other"
    WHERE "other"."id" <> "User"."id" AND lower("other"."username") = lower("User"."username")
  );

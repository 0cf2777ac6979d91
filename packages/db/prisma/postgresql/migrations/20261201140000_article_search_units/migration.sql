-- Article search within a subtree (issue 8 point 9), outside the Prisma models (schema-engine.ts): "terms" gains the
-- ids of the units each article shows on (its own and those of its accepted placements) as weight-D lexemes, so a
-- township's or a branch's search reads only the matches shown on its sites. The index is emptied and marked
-- unbuilt: the content service rebuilds it at its next start.
DELETE FROM "ArticleSearch";
DELETE FROM "SearchIndexState" WHERE "name" = 'ArticleSearch';

-- The list queries as EF sends them after issue 5: booleans compared with a parameter, categories without GROUP BY.
.parameter set @t 1
.parameter set @c 'y5xappjsh6mq0mpzzcw75bnvkv'
.parameter set @c2 'g3symgetm45g9zx56wtyfpq5cb'
.parameter set @c3 'r31hbjjzbsecv3bh43nqck7jdx'
.parameter set @from '2019-10-23 00:00:00'
.parameter set @to '2019-10-24 00:00:00'
SELECT COUNT(*) FROM "ArticleIndex" AS "a" WHERE "a"."Published" = @t;
SELECT "a"."ContentItemId" FROM "ArticleIndex" AS "a" WHERE "a"."Published" = @t ORDER BY "a"."PublishedUtc" DESC, "a"."Id" DESC LIMIT 10 OFFSET 490;
SELECT "a"."ContentItemId" FROM "ArticleIndex" AS "a" WHERE "a"."Published" = @t AND "a"."Featured" = @t ORDER BY "a"."PublishedUtc" DESC LIMIT 5;
SELECT "a"."ContentItemId" FROM "ArticleIndex" AS "a" WHERE "a"."Published" = @t AND "a"."PublishedUtc" >= @from AND "a"."PublishedUtc" < @to ORDER BY "a"."PublishedUtc" DESC LIMIT 200;
SELECT "a"."ContentItemId" FROM "ArticleCategoryIndex" AS "a" WHERE "a"."CategoryId" = @c2 AND "a"."Published" = @t ORDER BY "a"."PublishedUtc" DESC, "a"."Id" DESC LIMIT 10 OFFSET 190;
SELECT COUNT(*) FROM "ArticleCategoryIndex" AS "a" WHERE "a"."CategoryId" = @c2 AND "a"."Published" = @t;
SELECT "a"."ContentItemId" FROM "ArticleIndex" AS "a" WHERE "a"."Published" = @t AND EXISTS (SELECT 1 FROM "ArticleCategoryIndex" AS "c" WHERE "c"."ContentItemId" = "a"."ContentItemId" AND "c"."Published" = @t AND "c"."CategoryId" IN (@c, @c2, @c3)) ORDER BY "a"."PublishedUtc" DESC, "a"."Id" DESC LIMIT 10 OFFSET 0;
SELECT COUNT(*) FROM "ArticleIndex" AS "a" WHERE "a"."Published" = @t AND EXISTS (SELECT 1 FROM "ArticleCategoryIndex" AS "c" WHERE "c"."ContentItemId" = "a"."ContentItemId" AND "c"."Published" = @t AND "c"."CategoryId" IN (@c, @c2, @c3));
SELECT COUNT(DISTINCT "a"."ContentItemId") FROM "ArticleCategoryIndex" AS "a" WHERE "a"."CategoryId" IN (@c, @c2, @c3) AND "a"."Published" = @t;
SELECT "b"."ContentItemId" FROM "BulletinIndex" AS "b" WHERE "b"."Published" = @t ORDER BY "b"."Year" DESC, "b"."Number" DESC LIMIT 4;

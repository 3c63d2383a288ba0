-- The list queries as EF sent them before issue 5 (bare boolean predicates, category GROUP BY).
.parameter set @c 'y5xappjsh6mq0mpzzcw75bnvkv'
.parameter set @c2 'g3symgetm45g9zx56wtyfpq5cb'
.parameter set @c3 'r31hbjjzbsecv3bh43nqck7jdx'
.parameter set @from '2019-10-23 00:00:00'
.parameter set @to '2019-10-24 00:00:00'
-- home: count, page 50, featured
SELECT COUNT(*) FROM "ArticleIndex" AS "a" WHERE "a"."Published";
SELECT "a"."ContentItemId" FROM "ArticleIndex" AS "a" WHERE "a"."Published" ORDER BY "a"."PublishedUtc" DESC, "a"."Id" DESC LIMIT 10 OFFSET 490;
SELECT "a"."ContentItemId" FROM "ArticleIndex" AS "a" WHERE "a"."Published" AND "a"."Featured" ORDER BY "a"."PublishedUtc" DESC LIMIT 5;
-- day archive
SELECT "a"."ContentItemId" FROM "ArticleIndex" AS "a" WHERE "a"."Published" AND "a"."PublishedUtc" >= @from AND "a"."PublishedUtc" < @to ORDER BY "a"."PublishedUtc" DESC LIMIT 200;
-- category page (one category), page 20, and its count
SELECT "a"."ContentItemId" FROM "ArticleCategoryIndex" AS "a" WHERE "a"."Published" AND "a"."CategoryId" = @c2 GROUP BY "a"."ContentItemId" ORDER BY MAX("a"."PublishedUtc") DESC, "a"."ContentItemId" LIMIT 10 OFFSET 190;
SELECT COUNT(*) FROM (SELECT 1 FROM "ArticleCategoryIndex" AS "a" WHERE "a"."Published" AND "a"."CategoryId" = @c2 GROUP BY "a"."ContentItemId") AS "a0";
-- category page with its two children, page 1, and its count
SELECT "a"."ContentItemId" FROM "ArticleCategoryIndex" AS "a" WHERE "a"."Published" AND "a"."CategoryId" IN (@c, @c2, @c3) GROUP BY "a"."ContentItemId" ORDER BY MAX("a"."PublishedUtc") DESC, "a"."ContentItemId" LIMIT 10 OFFSET 0;
SELECT COUNT(*) FROM (SELECT 1 FROM "ArticleCategoryIndex" AS "a" WHERE "a"."Published" AND "a"."CategoryId" IN (@c, @c2, @c3) GROUP BY "a"."ContentItemId") AS "a0";
-- bulletins, article path
SELECT "b"."ContentItemId" FROM "BulletinIndex" AS "b" WHERE "b"."Published" ORDER BY "b"."Year" DESC, "b"."Number" DESC LIMIT 4;
SELECT "a"."ContentItemId" FROM "AutorouteIndex" AS "a" WHERE "a"."Path" = 'tin-tuc/hoi-kien-truc-su-huong-dan-nguoi-dan-suc-khoe-nguoi-cao-tuoi-tai-huyen-vinh-cuu-1' AND "a"."Published" LIMIT 1;

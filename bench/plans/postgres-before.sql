-- PostgreSQL: the list queries as EF sent them before issue 5; run with bench/plans/run-postgres.sh DB FILE.sql
-- home: count, page 50, featured
EXPLAIN (ANALYZE, COSTS OFF) SELECT COUNT(*) FROM "ArticleIndex" AS "a" WHERE "a"."Published";
EXPLAIN (ANALYZE, COSTS OFF) SELECT "a"."ContentItemId" FROM "ArticleIndex" AS "a" WHERE "a"."Published" ORDER BY "a"."PublishedUtc" DESC, "a"."Id" DESC LIMIT 10 OFFSET 490;
EXPLAIN (ANALYZE, COSTS OFF) SELECT "a"."ContentItemId" FROM "ArticleIndex" AS "a" WHERE "a"."Published" AND "a"."Featured" ORDER BY "a"."PublishedUtc" DESC LIMIT 5;
-- day archive
EXPLAIN (ANALYZE, COSTS OFF) SELECT "a"."ContentItemId" FROM "ArticleIndex" AS "a" WHERE "a"."Published" AND "a"."PublishedUtc" >= TIMESTAMPTZ '2019-10-23 00:00:00+00' AND "a"."PublishedUtc" < TIMESTAMPTZ '2019-10-24 00:00:00+00' ORDER BY "a"."PublishedUtc" DESC LIMIT 200;
-- category page (one category), page 20, and its count
EXPLAIN (ANALYZE, COSTS OFF) SELECT "a"."ContentItemId" FROM "ArticleCategoryIndex" AS "a" WHERE "a"."Published" AND "a"."CategoryId" = 'g3symgetm45g9zx56wtyfpq5cb' GROUP BY "a"."ContentItemId" ORDER BY MAX("a"."PublishedUtc") DESC, "a"."ContentItemId" LIMIT 10 OFFSET 190;
EXPLAIN (ANALYZE, COSTS OFF) SELECT COUNT(*) FROM (SELECT 1 FROM "ArticleCategoryIndex" AS "a" WHERE "a"."Published" AND "a"."CategoryId" = 'g3symgetm45g9zx56wtyfpq5cb' GROUP BY "a"."ContentItemId") AS "a0";
-- category page with its two children, page 1, and its count
EXPLAIN (ANALYZE, COSTS OFF) SELECT "a"."ContentItemId" FROM "ArticleCategoryIndex" AS "a" WHERE "a"."Published" AND "a"."CategoryId" IN ('y5xappjsh6mq0mpzzcw75bnvkv', 'g3symgetm45g9zx56wtyfpq5cb', 'r31hbjjzbsecv3bh43nqck7jdx') GROUP BY "a"."ContentItemId" ORDER BY MAX("a"."PublishedUtc") DESC, "a"."ContentItemId" LIMIT 10 OFFSET 0;
EXPLAIN (ANALYZE, COSTS OFF) SELECT COUNT(*) FROM (SELECT 1 FROM "ArticleCategoryIndex" AS "a" WHERE "a"."Published" AND "a"."CategoryId" IN ('y5xappjsh6mq0mpzzcw75bnvkv', 'g3symgetm45g9zx56wtyfpq5cb', 'r31hbjjzbsecv3bh43nqck7jdx') GROUP BY "a"."ContentItemId") AS "a0";
-- bulletins, article path
EXPLAIN (ANALYZE, COSTS OFF) SELECT "b"."ContentItemId" FROM "BulletinIndex" AS "b" WHERE "b"."Published" ORDER BY "b"."Year" DESC, "b"."Number" DESC LIMIT 4;
EXPLAIN (ANALYZE, COSTS OFF) SELECT "a"."ContentItemId" FROM "AutorouteIndex" AS "a" WHERE "a"."Path" = 'tin-tuc/hoi-kien-truc-su-huong-dan-nguoi-dan-suc-khoe-nguoi-cao-tuoi-tai-huyen-vinh-cuu-1' AND "a"."Published" LIMIT 1;

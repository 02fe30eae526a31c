-- Synthetic store for bench/serve_load.sh: 100,000 articles over five years
-- from 20 outlets, and 1,000,000 events (10 an article) among 12 actors with
-- 20 CAMEO codes, of which about 15,000 are between NATO (IGOWSTNAT) and CHN
-- in either direction, about 250 a month over 60 months with every QuadClass,
-- so /api/relations?a=NATO&b=CHN has a real series; and stories as the story
-- tables of src/store/schema.cc hold them (every article in one story: the
-- articles of one week whose title names the same actor, about 32 each, 3,132
-- stories with spans, labels, member rules and vectors, terms and state). Run by the sqlite3 shell on a store `dyad` created (so the
-- schema, its indexes and the search triggers are the real ones); nothing
-- here is committed data, it is generated at run time.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
INSERT INTO coder_runs (fingerprint, dictionaries, first_used)
  VALUES ('benchbenchbench0', 'synthetic', '2026-01-01T00:00:00Z');
CREATE TEMP TABLE actors (i INTEGER PRIMARY KEY, code TEXT, country TEXT, agent TEXT, name TEXT);
INSERT INTO actors VALUES
  (0, 'IGOWSTNAT', '', '', 'NATO'), (1, 'CHN', 'CHN', '', 'China'), (2, 'RUS', 'RUS', '', 'Russia'),
  (3, 'USAGOV', 'USA', 'GOV', 'United States'), (4, 'UKR', 'UKR', '', 'Ukraine'),
  (5, 'DEUGOV', 'DEU', 'GOV', 'Germany'), (6, 'FRA', 'FRA', '', 'France'),
  (7, 'IND', 'IND', '', 'India'), (8, 'JPNGOV', 'JPN', 'GOV', 'Japan'),
  (9, 'IRN', 'IRN', '', 'Iran'), (10, 'TUR', 'TUR', '', 'Turkey'), (11, 'GBRGOV', 'GBR', 'GOV', 'United Kingdom');
CREATE TEMP TABLE codes (i INTEGER PRIMARY KEY, code TEXT, root TEXT, quad INTEGER, goldstein REAL);
INSERT INTO codes VALUES
  (0, '010', '01', 1, 0.0), (1, '020', '02', 1, 3.0), (2, '036', '03', 1, 4.0), (3, '042', '04', 1, 1.9),
  (4, '043', '04', 1, 2.8), (5, '051', '05', 1, 3.4), (6, '061', '06', 2, 6.4), (7, '071', '07', 2, 7.4),
  (8, '081', '08', 2, 5.0), (9, '090', '09', 2, -2.0), (10, '111', '11', 3, -2.0), (11, '112', '11', 3, -2.0),
  (12, '120', '12', 3, -4.0), (13, '130', '13', 3, -4.4), (14, '141', '14', 3, -6.5),
  (15, '163', '16', 3, -8.0), (16, '172', '17', 4, -5.0), (17, '190', '19', 4, -10.0),
  (18, '193', '19', 4, -10.0), (19, '195', '19', 4, -10.0);
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999)
INSERT INTO articles (id, title, title_source, published, published_source, published_evidence,
                      outlet, outlet_source, byline, url, language, text, paragraphs, sentences,
                      sentence_count, boilerplate_blocks, boilerplate_chars, encoding_repairs,
                      ingested_at, coder_run, quoted)
SELECT printf('%08x%08x', i * 2654435761 % 4294967296, i),
       'Synthetic report ' || i || ' on ' || (SELECT name FROM actors WHERE actors.i = n.i % 12),
       'none', date('2021-01-01', '+' || (i % 1826) || ' days') || 'T09:00:00Z', 'none', '',
       'Outlet ' || (i % 20), 'none', '', 'https://example.org/' || i, 'en',
       (SELECT name FROM actors WHERE actors.i = n.i % 12) || ' and ' ||
         (SELECT name FROM actors WHERE actors.i = (n.i / 12) % 12) ||
         ' met on Tuesday. Officials said talks on trade and security would go on. Report ' || i || '.',
       x'', x'', 0, 0, 0, 0, '2026-01-01T00:00:00Z', 1, 1
FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999)
INSERT INTO events (article, ordinal, sentence, date, source, source_country, source_agent,
                    source_name, source_begin, source_end, source_entries, target, target_country,
                    target_agent, target_name, target_begin, target_end, target_entries, code, root,
                    quad_class, goldstein, verb_begin, verb_end, sentence_begin, sentence_end,
                    verb_entry, pattern_entry, paired, intent, asserted_code, coder_run, quote, rule)
SELECT m.i % 100000 + 1, m.i / 100000, 0,
       CAST(strftime('%Y%m%d', date('2021-01-01', '+' || ((m.i % 100000) % 1826) || ' days')) AS INTEGER),
       s.code, s.country, s.agent, s.name, 0, 4, 'synthetic:1',
       t.code, t.country, t.agent, t.name, 9, 14, 'synthetic:2',
       c.code, c.root, c.quad, c.goldstein, 15, 18, 0, 30, 'synthetic:3', '', 0, 0, '', 1, NULL, 'coder'
FROM (SELECT i, (i * 7 + i / 100000) % 12 AS si, i * 13 % 20 AS ci FROM n) AS m
JOIN actors s ON s.i = m.si
JOIN actors t ON t.i = (m.si + 1 + m.i * 5 % 11) % 12
JOIN codes c ON c.i = m.ci;
-- Stories. Article rowid r (i = r - 1) is dated day i % 1826 and names actor
-- i % 12 in its title: its story is that week's story of that actor, numbered
-- in order of creation (week, then actor) as StoryClusterer numbers them.
-- The earliest member started it (new-story), the others joined it by
-- similarity; each member's vector is its actor's term and 'trade'.
CREATE TEMP TABLE story_vectors (i INTEGER PRIMARY KEY, vector BLOB);
INSERT INTO story_vectors VALUES
  (0, x'00000000cdcc4c3f0c0000009a99193f'), (1, x'01000000cdcc4c3f0c0000009a99193f'),
  (2, x'02000000cdcc4c3f0c0000009a99193f'), (3, x'03000000cdcc4c3f0c0000009a99193f'),
  (4, x'04000000cdcc4c3f0c0000009a99193f'), (5, x'05000000cdcc4c3f0c0000009a99193f'),
  (6, x'06000000cdcc4c3f0c0000009a99193f'), (7, x'07000000cdcc4c3f0c0000009a99193f'),
  (8, x'08000000cdcc4c3f0c0000009a99193f'), (9, x'09000000cdcc4c3f0c0000009a99193f'),
  (10, x'0a000000cdcc4c3f0c0000009a99193f'), (11, x'0b000000cdcc4c3f0c0000009a99193f');
INSERT INTO article_stories (article, story, rule, similarity, copy_of, date, vector)
SELECT a.rowid, ((a.rowid - 1) % 1826) / 7 * 12 + (a.rowid - 1) % 12, 'joined-by-similarity',
       0.3 + ((a.rowid - 1) % 50) / 100.0, NULL,
       CAST(replace(substr(a.published, 1, 10), '-', '') AS INTEGER), v.vector
FROM articles a JOIN story_vectors v ON v.i = (a.rowid - 1) % 12;
UPDATE article_stories SET rule = 'new-story', similarity = 0
WHERE article IN (SELECT min(article) FROM article_stories GROUP BY story);
INSERT INTO stories (id, first_date, last_date, articles, outlets, key_terms, key_actors)
SELECT s.story, min(s.date), max(s.date), count(*), count(DISTINCT a.outlet),
       'trade security talks', (SELECT code FROM actors WHERE actors.i = s.story % 12)
FROM article_stories s JOIN articles a ON a.rowid = s.article GROUP BY s.story;
UPDATE stories SET label_article =
  (SELECT article FROM article_stories s WHERE s.story = stories.id AND s.rule = 'new-story');
UPDATE stories SET label = (SELECT title FROM articles WHERE rowid = stories.label_article);
INSERT INTO story_terms (id, term, df)
  SELECT i, '@' || code, (SELECT count(*) FROM article_stories WHERE article % 12 = (i + 1) % 12)
  FROM actors;
INSERT INTO story_terms (id, term, df) VALUES
  (12, 'trade', 100000), (13, 'security', 100000), (14, 'talks', 100000);
INSERT INTO story_state (id, documents, stories)
  SELECT 0, count(*), (SELECT max(id) + 1 FROM stories) FROM article_stories;
COMMIT;
ANALYZE;

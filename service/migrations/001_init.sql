-- Readers' per-step answers and editors' device checks. Nothing about the sender is kept: no
-- address, cookie, user agent or time of day, only the day a report arrived (received_on).
-- The constraints mirror service/src/schema.ts, so a row the service would refuse cannot be
-- written by any other way either.

CREATE DOMAIN tapguide_id AS text CHECK (VALUE ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(VALUE) <= 64);
CREATE DOMAIN tapguide_os AS text CHECK (VALUE IN ('ios', 'android'));
CREATE DOMAIN tapguide_app_version AS text CHECK (VALUE ~ '^[0-9]+(\.[0-9]+){1,3}$' AND length(VALUE) <= 20);
-- Short, trimmed, one-line labels people typed.
CREATE DOMAIN tapguide_label AS text CHECK (char_length(VALUE) BETWEEN 1 AND 60 AND VALUE = btrim(VALUE));

CREATE TABLE reports (
  id          bigserial PRIMARY KEY,
  received_on date NOT NULL,
  guide       tapguide_id NOT NULL,
  variant     tapguide_id NOT NULL,
  os          tapguide_os NOT NULL,
  step        tapguide_id NOT NULL,
  rev         text NOT NULL CHECK (rev ~ '^[0-9a-f]{8,16}$'),
  answer      text NOT NULL CHECK (answer IN ('same', 'different')),
  reason      text CHECK (reason IN ('missing-button', 'different-text', 'different-screen', 'other')),
  text        tapguide_label,
  app_version tapguide_app_version,
  source      text NOT NULL CHECK (source IN ('reader')),
  CHECK ((answer = 'same' AND reason IS NULL AND text IS NULL) OR (answer = 'different' AND reason IS NOT NULL))
);

-- The editors' view groups by page and rev.
CREATE INDEX reports_page ON reports (guide, variant, step, rev);

CREATE TABLE device_checks (
  id          bigserial PRIMARY KEY,
  received_on date NOT NULL,
  guide       tapguide_id NOT NULL,
  variant     tapguide_id NOT NULL,
  os          tapguide_os NOT NULL,
  app_version tapguide_app_version NOT NULL,
  role        tapguide_label NOT NULL CHECK (char_length(role) <= 20),
  -- [{ "step": "open-me", "rev": "3f2a9c1b", "matches": true, "says": "…" }, …]
  steps       jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array' AND jsonb_array_length(steps) BETWEEN 1 AND 100)
);

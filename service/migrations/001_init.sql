-- Readers' per-step answers and editors' device checks. Nothing about the sender is kept: no
-- address, cookie, user agent or time of day, only the day a report arrived (received_on).
-- The CHECKs mirror service/src/schema.ts, so a row the service would refuse cannot be written
-- by any other way either.

CREATE TABLE reports (
  id          bigserial PRIMARY KEY,
  received_on date NOT NULL,
  guide       text NOT NULL CHECK (guide ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(guide) <= 64),
  variant     text NOT NULL CHECK (variant ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(variant) <= 64),
  os          text NOT NULL CHECK (os IN ('ios', 'android')),
  step        text NOT NULL CHECK (step ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(step) <= 64),
  rev         text NOT NULL CHECK (rev ~ '^[0-9a-f]{8,16}$'),
  answer      text NOT NULL CHECK (answer IN ('same', 'different')),
  reason      text CHECK (reason IN ('missing-button', 'different-text', 'different-screen', 'other')),
  text        text CHECK (char_length(text) BETWEEN 1 AND 60 AND text = btrim(text)),
  app_version text CHECK (app_version ~ '^[0-9]+(\.[0-9]+){1,3}$' AND length(app_version) <= 20),
  source      text NOT NULL CHECK (source IN ('reader')),
  CHECK ((answer = 'same' AND reason IS NULL AND text IS NULL) OR (answer = 'different' AND reason IS NOT NULL))
);

-- The editors' view groups by page and rev.
CREATE INDEX reports_page ON reports (guide, variant, step, rev);

CREATE TABLE device_checks (
  id          bigserial PRIMARY KEY,
  received_on date NOT NULL,
  guide       text NOT NULL CHECK (guide ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(guide) <= 64),
  variant     text NOT NULL CHECK (variant ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(variant) <= 64),
  os          text NOT NULL CHECK (os IN ('ios', 'android')),
  app_version text NOT NULL CHECK (app_version ~ '^[0-9]+(\.[0-9]+){1,3}$' AND length(app_version) <= 20),
  role        text NOT NULL CHECK (char_length(role) BETWEEN 1 AND 20 AND role = btrim(role)),
  -- [{ "step": "open-me", "rev": "3f2a9c1b", "matches": true, "says": "…" }, …]
  steps       jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array' AND jsonb_array_length(steps) BETWEEN 1 AND 100)
);

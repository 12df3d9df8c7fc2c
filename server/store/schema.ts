/** The disclosure store's tables and the indexes behind every query the API makes: the first migration (see migrations.ts). */

export const SCHEMA = /* sql */ `
CREATE TABLE IF NOT EXISTS settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS regions (
  code   TEXT PRIMARY KEY CHECK (length(code) = 6),
  name   TEXT NOT NULL,
  level  TEXT NOT NULL CHECK (level IN ('province', 'city', 'district')),
  parent TEXT REFERENCES regions(code),
  pilot  INTEGER NOT NULL DEFAULT 0 CHECK (pilot IN (0, 1))
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS industries (
  code    TEXT PRIMARY KEY,
  section TEXT NOT NULL CHECK (length(section) = 1),
  name    TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS categories (
  id    TEXT PRIMARY KEY,
  name  TEXT NOT NULL,
  grp   TEXT NOT NULL CHECK (grp IN ('goods', 'services')),
  sort  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS natures (
  id    TEXT PRIMARY KEY,
  name  TEXT NOT NULL,
  sort  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS operators (
  id            INTEGER PRIMARY KEY,
  uscc          TEXT NOT NULL UNIQUE CHECK (length(uscc) = 18),
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('enterprise', 'individual', 'cooperative', 'other')),
  uscc_valid    INTEGER NOT NULL CHECK (uscc_valid IN (0, 1)),
  district      TEXT NOT NULL REFERENCES regions(code),
  city          TEXT NOT NULL REFERENCES regions(code),
  province      TEXT NOT NULL REFERENCES regions(code),
  industry      TEXT NOT NULL REFERENCES industries(code),
  authority     TEXT NOT NULL,
  address       TEXT NOT NULL,
  registered_on TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('active', 'revoked', 'cancelled', 'moved-out'))
);
CREATE INDEX IF NOT EXISTS operators_by_city ON operators (city, industry);
CREATE INDEX IF NOT EXISTS operators_by_province ON operators (province, industry);
CREATE INDEX IF NOT EXISTS operators_by_district ON operators (district, industry);
CREATE INDEX IF NOT EXISTS operators_by_industry ON operators (industry);
CREATE INDEX IF NOT EXISTS operators_by_name ON operators (name);

CREATE TABLE IF NOT EXISTS periods (
  id          TEXT PRIMARY KEY,
  granularity TEXT NOT NULL CHECK (granularity IN ('month', 'quarter', 'year')),
  first_month TEXT NOT NULL,
  last_month  TEXT NOT NULL,
  previous    TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS periods_by_granularity ON periods (granularity, id);

-- One row per operator and period with any complaint; a missing row means all zeros.
CREATE TABLE IF NOT EXISTS counts (
  period       TEXT NOT NULL REFERENCES periods(id),
  operator_id  INTEGER NOT NULL REFERENCES operators(id),
  received     INTEGER NOT NULL CHECK (received >= 0),
  accepted     INTEGER NOT NULL CHECK (accepted >= 0),
  rejected     INTEGER NOT NULL CHECK (rejected >= 0),
  concluded    INTEGER NOT NULL CHECK (concluded >= 0 AND concluded <= accepted),
  mediated     INTEGER NOT NULL CHECK (mediated >= 0),
  self_settled INTEGER NOT NULL CHECK (self_settled >= 0),
  failed       INTEGER NOT NULL CHECK (failed >= 0),
  withdrawn    INTEGER NOT NULL CHECK (withdrawn >= 0),
  CHECK (mediated + self_settled + failed + withdrawn = concluded),
  CHECK (accepted + rejected <= received),
  PRIMARY KEY (period, operator_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS counts_by_operator ON counts (operator_id, period);

CREATE TABLE IF NOT EXISTS category_counts (
  period      TEXT NOT NULL REFERENCES periods(id),
  operator_id INTEGER NOT NULL REFERENCES operators(id),
  category    TEXT NOT NULL REFERENCES categories(id),
  count       INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (operator_id, period, category)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS category_counts_by_period ON category_counts (period, category);

CREATE TABLE IF NOT EXISTS nature_counts (
  period      TEXT NOT NULL REFERENCES periods(id),
  operator_id INTEGER NOT NULL REFERENCES operators(id),
  nature      TEXT NOT NULL REFERENCES natures(id),
  count       INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (operator_id, period, nature)
) WITHOUT ROWID;

-- Case summaries as the complaint system holds them; complainant names never leave the server.
CREATE TABLE IF NOT EXISTS cases (
  id          INTEGER PRIMARY KEY,
  operator_id INTEGER NOT NULL REFERENCES operators(id),
  received_on TEXT NOT NULL,
  category    TEXT NOT NULL REFERENCES categories(id),
  nature      TEXT NOT NULL REFERENCES natures(id),
  summary     TEXT NOT NULL,
  complainant TEXT,
  outcome     TEXT NOT NULL CHECK (outcome IN ('mediated', 'self-settled', 'failed', 'withdrawn', 'open', 'rejected'))
);
CREATE INDEX IF NOT EXISTS cases_by_operator ON cases (operator_id, received_on DESC);

-- Operators' statements (经营者说明) and correction requests (企业更正).
CREATE TABLE IF NOT EXISTS responses (
  id          INTEGER PRIMARY KEY,
  operator_id INTEGER NOT NULL REFERENCES operators(id),
  date        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('response', 'correction')),
  text        TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected')),
  decided_on  TEXT
);
CREATE INDEX IF NOT EXISTS responses_by_operator ON responses (operator_id, date DESC);

-- Consumer warnings (消费提示警示).
CREATE TABLE IF NOT EXISTS alerts (
  id           INTEGER PRIMARY KEY,
  region       TEXT NOT NULL REFERENCES regions(code),
  published_on TEXT NOT NULL,
  title        TEXT NOT NULL,
  summary      TEXT NOT NULL,
  url          TEXT,
  category     TEXT REFERENCES categories(id)
);
CREATE INDEX IF NOT EXISTS alerts_by_region ON alerts (region, published_on DESC);

-- Categories the regulator flags as a potential risk (潜在风险) for a region and period.
CREATE TABLE IF NOT EXISTS risk_flags (
  region   TEXT NOT NULL REFERENCES regions(code),
  period   TEXT NOT NULL REFERENCES periods(id),
  category TEXT NOT NULL REFERENCES categories(id),
  note     TEXT NOT NULL,
  PRIMARY KEY (region, period, category)
) WITHOUT ROWID;
`;

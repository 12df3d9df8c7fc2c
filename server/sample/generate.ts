/**
 * The fictional sample data the reference server runs on when it has no database of its own:
 * deterministic (same seed and period → identical database), heavy-tailed like real complaint
 * counts, and holding on purpose the awkward records every element has to cope with.
 */
import type { Database } from 'better-sqlite3';
import { periodMonths, periodRange, previousPeriod, quarterOfMonth, shiftPeriod } from '../../src/core/period.ts';
import { currentRegion, placeOf } from '../domain/gbt2260.ts';
import { INDUSTRIES, type IndustrySpec } from '../domain/industries.ts';
import type { Counts } from '../store/counts.ts';
import { insertReferenceData } from '../store/reference.ts';
import { type Settings, writeSettings } from '../store/settings.ts';
import { StoreWriter } from '../store/write.ts';
import { CITIES, type CitySpec, MORE_CITIES } from './cities.ts';
import { Random } from './random.ts';
import { SHOWCASE } from './showcase.ts';
import { ALERT_TOPICS, CASE_PATTERNS, GIVEN_NAME_CHARS, RESPONSE_TEXTS, RISK_NOTES, STEMS, STREETS, SURNAMES_FOR_SAMPLE } from './text.ts';
import { makeUscc } from './uscc-maker.ts';

export { SHOWCASE };

export interface GenerateOptions {
  /** Seed of the random source. */
  seed?: number;
  /** The last quarter with data, e.g. `2026Q3`. Months start in January two years before it. */
  until: string;
  /** About how many operators (default 5 190): each city's share scaled, for benchmarks at a publisher's size. */
  operators?: number;
}

export const DEFAULT_SEED = 20161;

/** The last complete quarter before `now`: what a publisher would have disclosed by then. */
export function lastCompleteQuarter(now: Date = new Date()): string {
  const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  return previousPeriod(quarterOfMonth(month));
}

const SAMPLE_SETTINGS = (updatedAt: string, seed: number): Settings => ({
  publisher: { name: '示例市场监督管理局（虚构）', url: 'https://tsgs.example/' },
  licence: { name: 'CC0 1.0（虚构示例数据）', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  links: {
    record: 'https://gsxt.example/record/{uscc}',
    reportError: 'https://12315.example/correction?uscc={uscc}',
    disclosure: 'https://tsgs.example/disclosure',
  },
  updatedAt,
  sample: true,
  seed,
});

interface OperatorPlan {
  id: number;
  uscc: string;
  district: string;
  city: CitySpec;
  industry: IndustrySpec;
  /** Mean accepted complaints a month. */
  intensity: number;
  /** Monthly growth of that mean. */
  growth: number;
  /** Share of concluded complaints mediated or settled. */
  success: number;
}

export function generateSample(db: Database, options: GenerateOptions): void {
  const seed = options.seed ?? DEFAULT_SEED;
  const random = new Random(seed);
  const lastMonth = periodMonths(options.until).last;
  const firstMonth = `${Number(options.until.slice(0, 4)) - 2}-01`;
  const months = periodRange(firstMonth, lastMonth);
  const quarters = periodRange(quarterOfMonth(firstMonth), options.until);
  const years = periodRange(firstMonth.slice(0, 4), options.until.slice(0, 4)).filter((y) => periodMonths(y).last <= lastMonth);

  const store = new StoreWriter(db);
  // The cities added for the national case draw from a source of their own: the others' figures stay.
  const more = new Random(seed + 1);
  db.transaction(() => {
    const updatedAt = updatedAfter(lastMonth);
    writeSettings(db, SAMPLE_SETTINGS(updatedAt, seed));
    insertReferenceData(db);
    store.periods([...months, ...quarters, ...years]);
    // Every period of the sample was published at once.
    db.prepare('UPDATE periods SET changed_at = ?').run(updatedAt);
    const taken = { usccs: new Set<string>(), names: new Set<string>() };
    const scale = scaled(options.operators);
    const operators = [...insertShowcase(store, random, taken), ...insertOperators(store, random, scale(CITIES), taken)];
    const moreOperators = insertOperators(store, more, scale(MORE_CITIES), taken);
    insertMonthlyCounts(store, random, operators, months);
    insertMonthlyCounts(store, more, moreOperators, months);
    insertShowcaseCounts(store, months);
    // Sales draw from a source of their own too: the figures above stay as they were without them.
    insertSales(store, new Random(seed + 2), [...operators, ...moreOperators], months);
    store.rollUp([...quarters, ...years]);
    insertCases(db, random, operators, lastMonth);
    insertCases(db, more, moreOperators, lastMonth);
    insertResponses(store, random, operators, lastMonth);
    insertResponses(store, more, moreOperators, lastMonth);
    insertAlerts(db, random, lastMonth, CITIES);
    insertAlerts(db, more, lastMonth, MORE_CITIES);
    insertRiskFlags(db, random, quarters.slice(-4), CITIES);
    insertRiskFlags(db, more, quarters.slice(-4), MORE_CITIES);
  })();
}

/** Each city's operators scaled so that all of them come to about `operators` (the cities unchanged without it). */
function scaled(operators: number | undefined) {
  const usual = [...CITIES, ...MORE_CITIES].reduce((sum, city) => sum + city.operators, 0);
  return (cities: readonly CitySpec[]) =>
    operators ? cities.map((city) => ({ ...city, operators: Math.max(1, Math.round((city.operators * operators) / usual)) })) : cities;
}

/** Publication time: the 15th of the month after the data ends, 09:00 Beijing time. */
function updatedAfter(lastMonth: string): string {
  return `${shiftPeriod(lastMonth, 1)}-15T09:00:00+08:00`;
}

/** The official name of a region in the sample. */
const nameOf = (code: string) => currentRegion(code).name;

function authorityOf(city: CitySpec, district: string): string {
  return `${nameOf(city.code)}${nameOf(district)}市场监督管理局`;
}

function addressOf(random: Random, city: CitySpec, district: string): string {
  const floor = random.chance(0.3) ? `${random.int(1, 6)}层${random.int(101, 699)}室` : '';
  return `${nameOf(city.code)}${nameOf(district)}${random.pick(STREETS)}${random.int(1, 999)}号${floor}`;
}

function isoDate(random: Random, fromYear: number, toYear: number): string {
  const day = new Date(Date.UTC(fromYear, 0, 1) + random.int(0, (toYear - fromYear + 1) * 365 - 1) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** A random day inside the months that end with `lastMonth`, `monthsBack` of them. */
function recentDate(random: Random, lastMonth: string, monthsBack: number): string {
  const month = shiftPeriod(lastMonth, -random.int(0, monthsBack - 1));
  return `${month}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

function personName(random: Random): string {
  const given = random.chance(0.6) ? 2 : 1;
  let name = random.pick(Array.from(SURNAMES_FOR_SAMPLE));
  for (let i = 0; i < given; i++) name += random.pick(Array.from(GIVEN_NAME_CHARS));
  return name;
}

const SHOWCASE_OPERATORS: readonly { uscc: string; name: string; industry: string }[] = [
  { uscc: SHOWCASE.busy, name: '青鸾移动通信服务有限公司（示例）', industry: '6312' },
  { uscc: SHOWCASE.clean, name: '银杏书香文具有限公司（示例）', industry: '5211' },
  { uscc: SHOWCASE.noneConcluded, name: '芒种新开健身有限公司（示例）', industry: '8930' },
  {
    uscc: SHOWCASE.longName,
    name: '上海青禾拾光云杉星河月兔白鹭橘猫栖木鹿鸣听雨半夏南枝知秋暖阳国际连锁餐饮管理服务有限公司上海市黄浦区南京东路第一百零八分公司（示例）',
    industry: '6210',
  },
  { uscc: SHOWCASE.latinEmoji, name: 'Happy🐼Panda 咖啡 Café & Bakery（示例）', industry: '6232' },
  { uscc: SHOWCASE.badCheck, name: '晴川旧码电器有限公司（示例）', industry: '5272' },
  { uscc: SHOWCASE.onlyRejected, name: '雾凇误投家政服务有限公司（示例）', industry: '8040' },
];

interface Taken {
  usccs: Set<string>;
  names: Set<string>;
}

const INDUSTRY_BY_CODE = new Map(INDUSTRIES.map((i) => [i.code, i]));

/** The operators whose records are awkward on purpose, all in 上海市黄浦区. */
function insertShowcase(store: StoreWriter, random: Random, { usccs }: Taken): OperatorPlan[] {
  const plans: OperatorPlan[] = [];

  for (const showcase of SHOWCASE_OPERATORS) {
    const city = CITIES[0] as CitySpec;
    const kind = showcase.uscc.charAt(1) === '2' ? 'individual' : 'enterprise';
    const valid = showcase.uscc !== SHOWCASE.badCheck;
    const industry = INDUSTRY_BY_CODE.get(showcase.industry) as IndustrySpec;
    const id = store.addOperator({
      uscc: showcase.uscc,
      name: showcase.name,
      kind,
      usccValid: valid,
      district: '310101',
      city: city.code,
      province: city.code,
      industry: industry.code,
      authority: authorityOf(city, '310101'),
      address: addressOf(random, city, '310101'),
      registeredOn: isoDate(random, 2008, 2020),
    });
    usccs.add(showcase.uscc);
    // Only the busy and the long-named operators get ordinary monthly counts; the others' are set by hand.
    if (showcase.uscc === SHOWCASE.busy)
      plans.push({ id, uscc: showcase.uscc, district: '310101', city, industry, intensity: 60, growth: 0.01, success: 0.72 });
    if (showcase.uscc === SHOWCASE.longName || showcase.uscc === SHOWCASE.latinEmoji || showcase.uscc === SHOWCASE.badCheck) {
      plans.push({ id, uscc: showcase.uscc, district: '310101', city, industry, intensity: 2.5, growth: 0, success: 0.8 });
    }
  }
  return plans;
}

function insertOperators(store: StoreWriter, random: Random, cities: readonly CitySpec[], { usccs, names }: Taken): OperatorPlan[] {
  const plans: OperatorPlan[] = [];
  const industryWeights = INDUSTRIES.map((i) => [i, i.share] as const);
  const orgChars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  for (const city of cities) {
    const count = city.code === '310000' ? city.operators - SHOWCASE_OPERATORS.length : city.operators;
    const place = placeOf(currentRegion(city.code));
    for (let n = 0; n < count; n++) {
      const industry = random.weighted(industryWeights);
      const district = random.pick(city.districts);
      const office = city.formerOffices?.[district];
      const individual = industry.intensity < 1 && random.chance(0.35);
      const typeDigit = individual ? '2' : random.chance(0.01) ? '3' : '1';
      let uscc: string;
      do {
        let body = random.chance(0.7) ? 'MA' : '';
        while (body.length < 8) body += random.pick(Array.from(orgChars));
        uscc = makeUscc(typeDigit, office ?? district, body);
      } while (usccs.has(uscc));
      usccs.add(uscc);
      let name: string;
      let tries = 0;
      do {
        const [a, b] = random.shuffle(STEMS);
        const trade = random.pick(industry.trade);
        const cityShort = nameOf(city.code).replace(/市$/, '');
        name = individual ? `${cityShort}${a}${trade}店（示例）` : `${cityShort}${a}${b}${trade}有限公司（示例）`;
        if (names.has(name)) name = name.replace('（示例）', `${random.pick(['一', '二', '三', '四', '五'])}号店（示例）`);
        // A sample scaled far past the names the stems can make numbers its branches.
        if (names.has(name) && ++tries > 20) name = name.replace('（示例）', `第${names.size}分店（示例）`);
      } while (names.has(name));
      names.add(name);
      const status = random.weighted([
        ['active', 96],
        ['cancelled', 2],
        ['revoked', 1],
        ['moved-out', 1],
      ] as const);
      const id = store.addOperator({
        uscc,
        name,
        kind: individual ? 'individual' : typeDigit === '3' ? 'cooperative' : 'enterprise',
        usccValid: true,
        district,
        city: city.code,
        province: place.province,
        industry: industry.code,
        authority: authorityOf(city, district),
        address: addressOf(random, city, district),
        // A USCC with a former office's code was issued before the change.
        registeredOn: office ? isoDate(random, 2016, 2018) : isoDate(random, 2003, 2023),
        status,
      });
      const intensity = 0.15 * Math.min(120, random.pareto(1.2)) * industry.intensity * (individual ? 0.4 : 1);
      plans.push({
        id,
        uscc,
        district,
        city,
        industry,
        intensity,
        growth: (random.next() - 0.4) * 0.06,
        success: 0.45 + 0.5 * random.next() ** 0.6,
      });
    }
  }
  return plans;
}

function monthCounts(random: Random, plan: OperatorPlan, t: number, age: number): Counts {
  const season = 1 + 0.15 * Math.sin(((t % 12) / 12) * 2 * Math.PI);
  const mean = plan.intensity * season * Math.exp(plan.growth * t);
  const accepted = random.poisson(mean);
  const rejected = random.poisson(mean * 0.12);
  const pending = age === 0 ? random.poisson(mean * 0.08) : 0;
  // Legal timing: mediation may run 45 working days, so the latest two months are still partly open.
  const concluded = age === 0 ? random.binomial(accepted, 0.55) : age === 1 ? random.binomial(accepted, 0.9) : accepted;
  const s = plan.success;
  const [mediated, selfSettled, failed, withdrawn] = random.split(concluded, [s * 0.72, s * 0.28, (1 - s) * 0.7, (1 - s) * 0.3]) as [
    number,
    number,
    number,
    number,
  ];
  return { received: accepted + rejected + pending, accepted, rejected, concluded, mediated, selfSettled, failed, withdrawn };
}

function insertMonthlyCounts(store: StoreWriter, random: Random, plans: readonly OperatorPlan[], months: readonly string[]): void {
  for (const plan of plans) {
    const categoryIds = plan.industry.categories.map(([id]) => id);
    const categoryWeights = plan.industry.categories.map(([, w]) => w);
    const natureIds = plan.industry.natures.map(([id]) => id);
    const natureWeights = plan.industry.natures.map(([, w]) => w);
    months.forEach((month, t) => {
      const counts = monthCounts(random, plan, t, months.length - 1 - t);
      if (counts.received === 0) return;
      store.counts(month, plan.id, counts);
      random.split(counts.accepted, categoryWeights).forEach((n, i) => {
        if (n > 0) store.breakdown('category_counts', month, plan.id, categoryIds[i] as string, n);
      });
      random.split(counts.accepted, natureWeights).forEach((n, i) => {
        if (n > 0) store.breakdown('nature_counts', month, plan.id, natureIds[i] as string, n);
      });
    });
  }
}

/**
 * Monthly sales (销售额) for about two enterprises in five, and for the busy and the clean showcase
 * operators: in whole 万元, sized so that complaints per ¥100 million spread from about 1 to 100.
 * None is published: the sample shows what a publisher shows by default, the ratio alone.
 */
function insertSales(store: StoreWriter, random: Random, plans: readonly OperatorPlan[], months: readonly string[]): void {
  const showcase = new Set<string>([SHOWCASE.busy, SHOWCASE.clean]);
  const clean = store.findOperator(SHOWCASE.clean)?.id as number;
  const sellers = plans.filter((plan) => showcase.has(plan.uscc) || (plan.uscc.charAt(1) === '1' && random.chance(0.4)));
  const perMonth = new Map<number, number>(sellers.map((plan) => [plan.id, (plan.intensity * 1e4) / (8 * Math.exp(random.normal()))]));
  perMonth.set(clean, 1_800);
  for (const [operator, mean] of perMonth)
    months.forEach((month, t) => {
      const season = 1 + 0.2 * Math.sin(((t % 12) / 12) * 2 * Math.PI);
      const wan = Math.max(1, Math.round(mean * season * (0.9 + 0.2 * random.next())));
      store.sales(month, operator, wan * 1e4, false);
    });
}

/** Hand-set counts for the showcase operators whose point is their numbers. */
function insertShowcaseCounts(store: StoreWriter, months: readonly string[]): void {
  const id = (uscc: string) => store.findOperator(uscc)?.id as number;
  const none = { received: 0, accepted: 0, rejected: 0, concluded: 0, mediated: 0, selfSettled: 0, failed: 0, withdrawn: 0 };
  const last = months[months.length - 1] as string;
  // Three complaints accepted in the last month, none concluded yet.
  store.counts(last, id(SHOWCASE.noneConcluded), { ...none, received: 4, accepted: 3, rejected: 1 });
  store.breakdown('category_counts', last, id(SHOWCASE.noneConcluded), 'culture-sports', 3);
  // Complaints every quarter, all outside the regulator's remit and so not accepted.
  for (const month of months.filter((_, i) => i % 2 === 0))
    store.counts(month, id(SHOWCASE.onlyRejected), { ...none, received: 2, rejected: 2 });
}

const OUTCOMES = [
  ['mediated', 50],
  ['self-settled', 18],
  ['failed', 14],
  ['withdrawn', 6],
  ['open', 8],
  ['rejected', 4],
] as const;

function insertCases(db: Database, random: Random, plans: readonly OperatorPlan[], lastMonth: string): void {
  const insert = db.prepare(
    'INSERT INTO cases (operator_id, received_on, category, nature, summary, complainant, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const plan of plans) {
    if (plan.intensity < 0.15 && plan.uscc !== SHOWCASE.longName) continue;
    const n = Math.min(5, 1 + Math.floor(plan.intensity / 3));
    for (let i = 0; i < n; i++) {
      const category = random.weighted(plan.industry.categories);
      const nature = random.weighted(plan.industry.natures);
      const complainant = personName(random);
      const pattern = random.pick(CASE_PATTERNS[category] ?? (CASE_PATTERNS['other-services'] as readonly string[]));
      const summary = pattern.replace('{name}', complainant).replace('{days}', String(random.int(2, 30)));
      insert.run(plan.id, recentDate(random, lastMonth, 6), category, nature, summary, complainant, random.weighted(OUTCOMES));
    }
  }
  // The case that proves masking: a phone number, an ID number and a name written into the text.
  const busy = plans.find((p) => p.uscc === SHOWCASE.busy);
  if (!busy) return;
  insert.run(
    busy.id,
    `${lastMonth}-20`,
    'telecom',
    'contract',
    '消费者陈伟反映，其手机号13812345678被擅自开通增值业务，营业厅要求其提供身份证号110101199003071234后方可退订，至今未退还费用。',
    '陈伟',
    'mediated',
  );
}

function insertResponses(store: StoreWriter, random: Random, plans: readonly OperatorPlan[], lastMonth: string): void {
  for (const plan of plans) {
    const busy = plan.uscc === SHOWCASE.busy;
    if (!busy && (plan.intensity < 1 || !random.chance(0.25))) continue;
    const n = busy ? 3 : random.int(1, 2);
    for (let i = 0; i < n; i++) {
      const text = random.pick(RESPONSE_TEXTS).replace('{n}', String(random.int(2, 5)));
      const kind = text.includes('申请') || text.includes('变更') ? 'correction' : 'response';
      const date = recentDate(random, lastMonth, 6);
      const status = busy
        ? ((['pending', 'accepted', 'rejected'] as const)[i % 3] ?? 'pending')
        : random.weighted([
            ['accepted', 6],
            ['pending', 3],
            ['rejected', 1],
          ] as const);
      const decided = status === 'pending' ? null : `${date.slice(0, 8)}28`;
      store.statement(plan.id, { date, kind: busy ? (i === 0 ? 'response' : 'correction') : kind, text, status, decidedOn: decided });
    }
  }
}

function insertAlerts(db: Database, random: Random, lastMonth: string, cities: readonly CitySpec[]): void {
  const insert = db.prepare('INSERT INTO alerts (region, published_on, title, summary, url, category) VALUES (?, ?, ?, ?, ?, ?)');
  let next = 1;
  for (const city of cities) {
    const topics = random.shuffle(ALERT_TOPICS).slice(0, random.int(3, 4));
    for (const [category, title, summary] of topics) {
      insert.run(
        city.code,
        recentDate(random, lastMonth, 3),
        title,
        summary,
        `https://12315.example/alerts/${city.code}/${next++}`,
        category,
      );
    }
  }
}

function insertRiskFlags(db: Database, random: Random, quarters: readonly string[], cities: readonly CitySpec[]): void {
  const insert = db.prepare('INSERT INTO risk_flags (region, period, category, note) VALUES (?, ?, ?, ?)');
  const notes = Object.entries(RISK_NOTES);
  for (const city of cities) {
    for (const quarter of quarters) {
      const chosen = new Set([random.pick(notes), random.pick(notes)]);
      for (const [category, note] of chosen) insert.run(city.code, quarter, category, note);
    }
  }
}

/**
 * The embed configurator: choose an element, an operator (by search) or a region and industry (from
 * the API's own lists), a theme, a size and a language; see the element live; copy the snippet for
 * a plain page, a React app or a Vue app. What is copied is what the preview shows.
 */
import { clientFor } from '../src/client/index.ts';
import type { RegionList } from '../src/contract/index.ts';
import { type Embed, reactSnippet, scriptSnippet, vueSnippet } from './snippets.ts';

type Field =
  | { kind: 'operator' }
  | { kind: 'region'; required: boolean }
  | { kind: 'period' }
  | { kind: 'industry' }
  | { kind: 'choice'; name: string; options: string[] }
  | { kind: 'number'; name: string; value: string }
  | { kind: 'flag'; name: string; label: string };

const region = (required: boolean): Field => ({ kind: 'region', required });
const choice = (name: string, options: string[]): Field => ({ kind: 'choice', name, options });
const number = (name: string, value: string): Field => ({ kind: 'number', name, value });
const flag = (name: string, label: string): Field => ({ kind: 'flag', name, label });

/** What each element can be told, in the order the form asks it. */
const FIELDS: Record<string, { label: string; fields: Field[] }> = {
  'tsgs-city-ranking': {
    label: '投诉排行',
    fields: [
      region(true),
      { kind: 'period' },
      { kind: 'industry' },
      flag('industry-select', '让读者按行业筛选'),
      choice('metric', ['accepted', 'mediation-rate', 'change']),
      choice('list', ['all', 'red', 'black']),
      number('page-size', '10'),
    ],
  },
  'tsgs-merchant-card': {
    label: '经营者公示卡片',
    fields: [{ kind: 'operator' }, { kind: 'period' }, choice('variant', ['full', 'compact'])],
  },
  'tsgs-trend-chart': {
    label: '投诉趋势图',
    fields: [
      region(true),
      { kind: 'industry' },
      choice('metric', ['accepted', 'mediation-rate', 'both']),
      choice('granularity', ['month', 'quarter']),
    ],
  },
  'tsgs-hot-issues': { label: '热点问题', fields: [region(true), { kind: 'period' }] },
  'tsgs-alerts': { label: '消费提示警示', fields: [region(true), number('limit', '5')] },
  'tsgs-merchant-search': { label: '经营者查询', fields: [region(false), flag('region-select', '让读者选择地区')] },
  'tsgs-kiosk': {
    label: '自助查询屏（全屏）',
    fields: [region(true), number('interval', '20'), number('idle', '90'), number('refresh-interval', '10')],
  },
};

const form = document.getElementById('choices') as HTMLFormElement;
const fieldsBox = document.getElementById('fields') as HTMLElement;
const preview = document.getElementById('preview') as HTMLElement;
const status = document.getElementById('copied') as HTMLElement;
const input = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;

/** The region the configurator starts on. */
const DEFAULT_REGION = '310000';
let regions: RegionList['regions'] = [];
let periods: string[] = [];
let industries: { code: string; name: string }[] = [];
let operator: { uscc: string; name: string } | undefined;

function option(value: string, text: string, selected = false): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  o.selected = selected;
  return o;
}

function labelled(text: string, control: HTMLElement, hint?: string): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(text, control);
  if (hint) {
    const small = document.createElement('small');
    small.textContent = hint;
    label.append(small);
  }
  return label;
}

function select(id: string, options: HTMLOptionElement[]): HTMLSelectElement {
  const s = document.createElement('select');
  s.id = id;
  s.append(...options);
  return s;
}

function regionOptions(required: boolean): HTMLOptionElement[] {
  const options = [option('', required ? '请选择地区' : '全国（不限）')];
  // Until the API's list arrives, the default region stands alone.
  if (regions.length === 0) options.push(option(DEFAULT_REGION, DEFAULT_REGION, true));
  for (const r of regions)
    options.push(option(r.code, `${r.level === 'district' ? '　' : ''}${r.name} ${r.code}`, r.code === DEFAULT_REGION));
  return options;
}

function periodOptions(): HTMLOptionElement[] {
  return [option('', '最新一期'), ...periods.map((p) => option(p, p))];
}

function industryOptions(): HTMLOptionElement[] {
  // A class sits indented under its division.
  return [option('', '全部行业'), ...industries.map((i) => option(i.code, `${i.code.length > 2 ? '\u3000' : ''}${i.code} ${i.name}`))];
}

/**
 * The API's lists, put into the selects already on the form, each keeping its choice: the fields are
 * not drawn again, so nothing typed or chosen meanwhile (the operator search) is lost.
 */
function fillLists(): void {
  const fill = (id: string, options: HTMLOptionElement[]) => {
    const box = document.getElementById(id) as HTMLSelectElement | null;
    if (!box) return;
    const kept = box.value;
    box.replaceChildren(...options);
    if (options.some((o) => o.value === kept)) box.value = kept;
  };
  const required = FIELDS[input<HTMLSelectElement>('tag').value]?.fields.some((f) => f.kind === 'region' && f.required) ?? true;
  fill('region', regionOptions(required));
  fill('period', periodOptions());
  fill('industry', industryOptions());
}

/** The form's fields for the chosen element. */
function renderFields(): void {
  const tag = input<HTMLSelectElement>('tag').value;
  fieldsBox.replaceChildren();
  for (const field of FIELDS[tag]?.fields ?? []) {
    if (field.kind === 'operator') {
      const search = document.createElement('tsgs-merchant-search');
      search.setAttribute('api', input('api').value);
      search.setAttribute('label', '查找经营者（名称或统一社会信用代码）');
      const shown = document.createElement('output');
      shown.id = 'operator';
      shown.textContent = operator ? `${operator.name} · ${operator.uscc}` : '尚未选择';
      fieldsBox.append(search, labelled('已选经营者 uscc', shown));
    } else if (field.kind === 'region') {
      fieldsBox.append(labelled('地区 region', select('region', regionOptions(field.required)), 'GB/T 2260 行政区划代码'));
    } else if (field.kind === 'period') {
      fieldsBox.append(labelled('公示期 period', select('period', periodOptions())));
    } else if (field.kind === 'industry') {
      fieldsBox.append(labelled('行业 industry', select('industry', industryOptions()), '本地区有数据的 GB/T 4754 行业'));
    } else if (field.kind === 'flag') {
      const box = document.createElement('input');
      box.id = `attr-${field.name}`;
      box.type = 'checkbox';
      fieldsBox.append(labelled(field.name, box, field.label));
    } else if (field.kind === 'choice') {
      fieldsBox.append(
        labelled(
          field.name,
          select(
            `attr-${field.name}`,
            field.options.map((o, i) => option(o, o, i === 0)),
          ),
        ),
      );
    } else {
      const box = document.createElement('input');
      box.id = `attr-${field.name}`;
      box.type = 'number';
      box.min = '1';
      box.value = field.value;
      fieldsBox.append(labelled(field.name, box));
    }
  }
}

/** What is chosen now, as an embed. */
function current(): Embed {
  const tag = input<HTMLSelectElement>('tag').value;
  const attributes: Record<string, string> = {};
  const numeric = new Set<string>();
  const flags = new Set<string>();
  for (const field of FIELDS[tag]?.fields ?? []) {
    if (field.kind === 'operator') attributes.uscc = operator?.uscc ?? '';
    else if (field.kind === 'flag') {
      attributes[field.name] = input(`attr-${field.name}`)?.checked ? field.name : '';
      flags.add(field.name);
    } else if (field.kind === 'region' || field.kind === 'period' || field.kind === 'industry')
      attributes[field.kind] = input<HTMLSelectElement>(field.kind)?.value ?? '';
    else {
      attributes[field.name] = input(`attr-${field.name}`)?.value ?? '';
      if (field.kind === 'number') numeric.add(field.name);
    }
  }
  return {
    tag,
    attributes,
    numeric,
    flags,
    scriptUrl: input('script-url').value,
    api: input('api').value,
    lang: input<HTMLSelectElement>('lang').value,
    theme: input<HTMLSelectElement>('theme').value,
    size: input<HTMLSelectElement>('size').value,
  };
}

/** The live element and the three snippets, from what is chosen; the element is made anew only when that changed. */
let shown = '';
function show(): void {
  const embed = current();
  const key = JSON.stringify({ ...embed, numeric: [...embed.numeric], flags: [...(embed.flags ?? [])] });
  if (key === shown) return;
  shown = key;
  const element = document.createElement(embed.tag);
  for (const [name, value] of Object.entries(embed.attributes)) if (value !== '') element.setAttribute(name, value);
  element.setAttribute('api', embed.api);
  element.setAttribute('lang', embed.lang);
  element.setAttribute('theme', embed.theme);
  element.setAttribute('size', embed.size);
  preview.replaceChildren(element);
  input('snippet-script').textContent = scriptSnippet(embed);
  input('snippet-react').textContent = reactSnippet(embed);
  input('snippet-vue').textContent = vueSnippet(embed);
}

/** The regions, periods and (for the chosen region) industries the API has data for. */
async function loadLists(): Promise<void> {
  const client = clientFor(input('api').value);
  const [regionList, meta] = await Promise.all([client.regions(), client.meta()]);
  regions = regionList.data.regions;
  periods = [...meta.data.periods.quarters]
    .reverse()
    .concat([...meta.data.periods.months].reverse(), [...meta.data.periods.years].reverse());
  await loadIndustries();
}

/** The region's divisions with data, each followed by its classes with data (from /v1/industries). */
async function loadIndustries(): Promise<void> {
  const region = input<HTMLSelectElement>('region')?.value || DEFAULT_REGION;
  const client = clientFor(input('api').value);
  const lists = await Promise.all(
    ['division', 'class'].map((level) => client.industries({ level: level as 'division' | 'class', region })),
  );
  industries = lists
    .flatMap((list) => list.data.industries)
    .filter((entry) => entry.operators > 0)
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((entry) => ({ code: entry.code, name: entry.name }));
}

async function copy(kind: 'script' | 'react' | 'vue'): Promise<void> {
  const text = input(`snippet-${kind}`).textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = `已复制${kind === 'script' ? '网页代码' : kind === 'react' ? ' React 代码' : ' Vue 代码'}。`;
  } catch {
    // No clipboard (an insecure origin, a refused permission): select the code for Ctrl+C.
    getSelection()?.selectAllChildren(input(`snippet-${kind}`));
    status.textContent = '无法直接复制：代码已选中，请按 Ctrl+C（⌘C）复制。';
  }
}

input<HTMLSelectElement>('tag').append(...Object.entries(FIELDS).map(([tag, { label }], i) => option(tag, `${label} <${tag}>`, i === 0)));
input('script-url').setAttribute('value', new URL('/tsgs.js', location.href).href);
// The API this page itself uses (its script tag's data-api; '' is its own origin).
input('api').setAttribute('value', document.querySelector<HTMLScriptElement>('script[data-api]')?.dataset.api || location.origin);
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('change', async (event) => {
  const target = event.target as HTMLElement;
  if (target.id === 'tag') renderFields();
  if (target.id === 'api') await loadLists().then(renderFields, () => {});
  if (target.id === 'region' && input('industry')) {
    const keep = input<HTMLSelectElement>('region').value;
    await loadIndustries();
    renderFields();
    input<HTMLSelectElement>('region').value = keep;
  }
  show();
});
form.addEventListener('tsgs-merchant-select', (event) => {
  operator = event.detail;
  (document.getElementById('operator') as HTMLOutputElement).value = `${operator.name} · ${operator.uscc}`;
  show();
});
for (const kind of ['script', 'react', 'vue'] as const) {
  input(`copy-${kind}`).addEventListener('click', () => void copy(kind));
  // A snippet may scroll sideways: a keyboard reaches it, a screen reader names it.
  const snippet = input(`snippet-${kind}`);
  snippet.tabIndex = 0;
  snippet.setAttribute('aria-label', `${snippet.previousElementSibling?.previousElementSibling?.textContent ?? kind}：代码`);
}

// The form and the preview are drawn at once, on the default region, and filled in when the API's
// lists arrive: the fields keep their places, so the page does not move under the reader.
renderFields();
show();
await loadLists().catch(() => {
  status.textContent = '无法从公示数据服务读取地区和公示期，请检查 API 地址。';
});
fillLists();
show();

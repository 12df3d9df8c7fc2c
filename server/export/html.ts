/** What the export's pages share: escaping, and the document around a page's content. */
import { parsePeriod } from '../../src/core/period.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export interface Shell {
  title: string;
  description: string;
  canonical?: string;
  /** CSS of the page's own, after the shared rules. */
  style?: string;
  /** Trusted markup: rendered by the export itself, every datum escaped. */
  body: string;
}

/** A complete page: Chinese, no script, readable at 320 px. */
export function pageShell({ title, description, canonical, style = '', body }: Shell): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
${canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}">\n` : ''}<style>
body { margin: 0; padding: 16px; font-family: system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', sans-serif; line-height: 1.5; color: #1b1f24; background: #fff; }
main { max-width: 48rem; margin: 0 auto; }
${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** A period as the page says it: 2026年第3季度, 2026年9月, 2026年. */
export function periodWords(id: string): string {
  const p = parsePeriod(id);
  if (!p) return id;
  if (p.granularity === 'year') return `${p.year}年`;
  return p.granularity === 'quarter' ? `${p.year}年第${p.index}季度` : `${p.year}年${p.index}月`;
}

/** A rate as a percentage with one decimal, or 无 when nothing is behind it. */
export function percentWords(value: number | null): string {
  return value === null ? '无' : `${(value * 100).toFixed(1)}%`;
}

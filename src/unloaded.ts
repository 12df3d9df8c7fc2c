/**
 * What the page shows when an element's code cannot be loaded (a network failure, or a static host
 * that sends the chunks without CORS headers): each such element says so in its own shadow root,
 * and the console says why, once. The element's code, if it arrives later, renders into the same
 * shadow root once this message is taken away.
 */
import { ancestorLang, normaliseLang, scriptConfig } from './core/script-config.ts';

const WORDS = {
  'zh-CN': '公示组件的代码无法加载，请稍后刷新页面重试。',
  'zh-TW': '公示元件的程式碼無法載入，請稍後重新整理頁面。',
  en: 'The disclosure widget could not be loaded. Please reload the page later.',
} as const;

const warned = new Set<string>();

export function showUnloaded(tag: string, base: string, error: unknown): void {
  if (!warned.has(base)) {
    warned.add(base);
    console.warn(
      `tsgs: could not load element code from ${base} (${String(error)}). When the script is on another origin, its host must send Access-Control-Allow-Origin on every .js file it serves; see the README's "Hosting the script".`,
    );
  }
  if (tag === 'tsgs-provider') return;
  for (const element of document.querySelectorAll(tag)) {
    if (element.shadowRoot || customElements.get(tag)) continue;
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.setAttribute('data-tsgs-unloaded', '');
    const lang = normaliseLang(element.getAttribute('lang')) ?? scriptConfig().lang ?? ancestorLang(element) ?? 'zh-CN';
    message.textContent = WORDS[lang];
    message.lang = lang;
    element.attachShadow({ mode: 'open' }).append(message);
  }
}

/** Takes the message away from elements whose code has arrived after all. */
export function clearUnloaded(tag: string): void {
  for (const element of document.querySelectorAll(tag)) element.shadowRoot?.querySelector('[data-tsgs-unloaded]')?.remove();
}

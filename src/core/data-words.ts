/**
 * Names from the data (regions, publishers, operators: Chinese) set inside a message of the
 * element's language, each isolated and marked `lang="zh-CN"`, so that a screen reader speaking
 * English reads them in Chinese and their punctuation stays theirs. The message is asked for with
 * markers in the names' places (private-use characters no translation contains), and the markers
 * are then replaced by the names.
 */
import { html, type TemplateResult } from 'lit';

const marker = (i: number) => `\u{E000}${i}\u{E001}`;
const MARKERS = /\u{E000}(\d+)\u{E001}/u;

/** `say` gives the message for placeholders; `names` go in their places, marked as Chinese data. */
export function withData(say: (...placeholders: string[]) => string, ...names: string[]): TemplateResult {
  const pieces = say(...names.map((_, i) => marker(i))).split(MARKERS);
  return html`${pieces.map((piece, i) => (i % 2 === 0 ? piece : html`<bdi lang="zh-CN">${names[Number(piece)]}</bdi>`))}`;
}

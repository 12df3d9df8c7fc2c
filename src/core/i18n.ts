/**
 * Per-element localisation with @shoelace-style/localize: each element speaks its own language
 * (config.ts resolves it), so a page may hold elements in several. Simplified Chinese is the
 * source: the common words (terms.ts) and each element's own (`static terms`, its terms.ts) are
 * registered as elements are made. English and Traditional Chinese load the first time an element
 * asks for them; registering them updates every element waiting, once.
 */
import { LocalizeController, registerTranslation } from '@shoelace-style/localize';
import type { ReactiveControllerHost } from 'lit';
import type { Lang } from './script-config.ts';
import { terms as common } from './terms.ts';
import type { Translate, TsgsTranslation } from './translation.ts';

/** What an element that speaks needs: its configured language, and the class's own words. */
export type Speaker = ReactiveControllerHost & HTMLElement & { readonly config: { lang: Lang } };

const registered = new WeakSet<object>();
const loaded = new Set<Lang>(['zh-CN']);
const requested = new Set<Lang>();

function registerSource(terms: object): void {
  if (registered.has(terms)) return;
  registered.add(terms);
  registerTranslation({ $code: 'zh-cn', $name: '简体中文', $dir: 'ltr', ...terms });
}

/** Loads a language's words, once per page; a failure leaves the elements in Simplified Chinese and says why. */
function load(lang: Lang): void {
  if (requested.has(lang)) return;
  requested.add(lang);
  const module = lang === 'en' ? import('./locales/en.ts') : import('./locales/zh-TW.ts');
  module.then(
    ({ translation }) => {
      loaded.add(lang);
      registerTranslation(translation);
    },
    (error: unknown) => console.warn(`tsgs: could not load the ${lang} strings; showing Simplified Chinese.`, error),
  );
}

/** Speaks the configured language once its words have arrived, Simplified Chinese until then. */
class ElementLocalize extends LocalizeController<TsgsTranslation> {
  constructor(private readonly speaker: Speaker) {
    super(speaker);
  }

  get spoken(): Lang {
    const wanted = this.speaker.config.lang;
    if (loaded.has(wanted)) return wanted;
    load(wanted);
    return 'zh-CN';
  }

  override lang(): string {
    return this.spoken.toLowerCase();
  }
}

/** The words of `speaker`: the common ones and its class's `static terms`, in its language. */
export function translator(speaker: Speaker): Translate {
  registerSource(common);
  const own = (speaker.constructor as { terms?: object }).terms;
  if (own) registerSource(own);
  const localize = new ElementLocalize(speaker);
  const t = ((key, ...args) => localize.term(key, ...args)) as Translate;
  // A descriptor with no prototype: a page's Object.prototype.value must not turn the getter into an error (core/own.ts).
  Object.defineProperty(t, 'lang', { __proto__: null, get: () => localize.spoken } as PropertyDescriptor);
  return t;
}

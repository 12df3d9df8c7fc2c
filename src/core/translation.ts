/** The shape of the elements' words: message ids with their placeholders, whole translations, and the translate function. */
import type { FunctionParams, Translation } from '@shoelace-style/localize';
import type { Lang } from './script-config.ts';

/** What a placeholder in a message may be. */
export type Arg = string | number;

declare global {
  /** Every message an element can show, by id: each terms.ts adds its own. */
  interface TsgsTerms {}
}

/** A whole translation, as src/core/locales/ gives them: every term, the same placeholders. */
export type TsgsTranslation = Translation & { [K in keyof TsgsTerms]: TsgsTerms[K] extends string ? string : TsgsTerms[K] };

/** An element's words, in the language it speaks now (`lang`). */
export type Translate = (<K extends keyof TsgsTerms>(key: K, ...args: FunctionParams<TsgsTerms[K]>) => string) & { readonly lang: Lang };

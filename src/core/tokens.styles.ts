/**
 * The design tokens: the only place colour literals live. Public knobs are `--tsgs-*` custom
 * properties a host page may set; they feed private `--_*` variables whose defaults follow the
 * theme (light, dark, high-contrast) and size (normal, large: 适老化) the element resolved.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_surface: var(--tsgs-color-surface, #ffffff);
    --_surface-alt: var(--tsgs-color-surface-alt, #f4f6f8);
    --_text: var(--tsgs-color-text, #1b1f24);
    --_muted: var(--tsgs-color-muted, #4f5b67);
    --_border: var(--tsgs-color-border, #c9d1d9);
    --_control-border: var(--tsgs-color-control-border, #6a737d);
    --_accent: var(--tsgs-color-accent, #0a55c2);
    --_on-accent: var(--tsgs-color-on-accent, #ffffff);
    --_focus: var(--tsgs-color-focus, #0a55c2);
    --_warning-surface: var(--tsgs-color-warning-surface, #fff4e0);
    --_warning: var(--tsgs-color-warning, #7a3d00);
    --_danger: var(--tsgs-color-danger, #b3261e);
    --_success: var(--tsgs-color-success, #1a6b2f);
    --_sample-surface: var(--tsgs-color-sample-surface, #fdf0c4);
    --_sample: var(--tsgs-color-sample, #5c4300);
    --_backdrop: var(--tsgs-color-backdrop, rgb(0 0 0 / 0.55));
    /* The browser's sans-serif for the text's language: every view is marked with its lang, so Simplified
       text gets a Simplified face and Traditional a Traditional one (a list naming SC fonts gave zh-TW
       text SC glyphs). Each family in a list that a device lacks costs a font lookup on first layout:
       in Chromium on Linux, the old list's missing names made 39 lookups and a first card layout of
       48-74 ms; sans-serif makes 7 and 25-32 ms. */
    --_font: var(--tsgs-font-family, sans-serif);
    --_font-size: var(--tsgs-font-size, 15px);
    --_line-height: var(--tsgs-line-height, 1.5);
    --_radius: var(--tsgs-radius, 8px);
    --_space: var(--tsgs-space, 12px);
    --_target: var(--tsgs-target-size, 32px);
    /* The smallest text may be: secondary text is smaller than the body, never below this. */
    --_text-floor: 0px;
    /* Between paragraphs and between the blocks of a view. */
    --_paragraph-gap: var(--_space);
  }
  :host(:state(theme-dark)) {
    --_surface: var(--tsgs-color-surface, #16191d);
    --_surface-alt: var(--tsgs-color-surface-alt, #22272e);
    --_text: var(--tsgs-color-text, #e8ebee);
    --_muted: var(--tsgs-color-muted, #aab4be);
    --_border: var(--tsgs-color-border, #444c56);
    --_control-border: var(--tsgs-color-control-border, #8b949e);
    --_accent: var(--tsgs-color-accent, #7cb4ff);
    --_on-accent: var(--tsgs-color-on-accent, #0b1220);
    --_focus: var(--tsgs-color-focus, #7cb4ff);
    --_warning-surface: var(--tsgs-color-warning-surface, #3b2a0b);
    --_warning: var(--tsgs-color-warning, #ffd089);
    --_danger: var(--tsgs-color-danger, #ff9d94);
    --_success: var(--tsgs-color-success, #7fd99a);
    --_sample-surface: var(--tsgs-color-sample-surface, #3d3314);
    --_sample: var(--tsgs-color-sample, #ffe08a);
    --_backdrop: var(--tsgs-color-backdrop, rgb(0 0 0 / 0.7));
  }
  :host(:state(theme-high-contrast)) {
    --_surface: var(--tsgs-color-surface, #000000);
    --_surface-alt: var(--tsgs-color-surface-alt, #000000);
    --_text: var(--tsgs-color-text, #ffffff);
    --_muted: var(--tsgs-color-muted, #ffffff);
    --_border: var(--tsgs-color-border, #ffffff);
    --_control-border: var(--tsgs-color-control-border, #ffffff);
    --_accent: var(--tsgs-color-accent, #ffe500);
    --_on-accent: var(--tsgs-color-on-accent, #000000);
    --_focus: var(--tsgs-color-focus, #00e5ff);
    --_warning-surface: var(--tsgs-color-warning-surface, #000000);
    --_warning: var(--tsgs-color-warning, #ffe500);
    --_danger: var(--tsgs-color-danger, #ff8f8f);
    --_success: var(--tsgs-color-success, #8fff9f);
    --_sample-surface: var(--tsgs-color-sample-surface, #000000);
    --_sample: var(--tsgs-color-sample, #ffe500);
    --_backdrop: var(--tsgs-color-backdrop, rgb(0 0 0 / 0.8));
  }
  :host(:state(size-large)) {
    --_font-size: var(--tsgs-font-size-large, 20px);
    --_line-height: var(--tsgs-line-height-large, 1.6);
    --_target: var(--tsgs-target-size-large, 48px);
    --_space: var(--tsgs-space-large, 16px);
    /* 适老化 (MIIT): no text under 18 px; paragraphs at least 1.3 line heights apart. */
    --_text-floor: var(--tsgs-min-font-size-large, 18px);
    --_paragraph-gap: calc(1.3 * var(--_line-height) * var(--_font-size));
  }
`;

/** Out of sight, still read by screen readers. */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/**
 * What every element's shadow root starts from. The base part sets the inherited font and text
 * properties itself, so that a host page's rules (even `* { font-family: serif !important }`) do not
 * reach in — except line height, letter and word spacing, which the text inherits from the element:
 * a reader's text-spacing style sheet (WCAG 1.4.12) must reach it. Rules on the page's text in
 * general do not: the element itself sets them from the tokens.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    /* Layout and style containment, not paint: paint containment would clip what overflows (WCAG 1.4.10). */
    contain: layout style;
    line-height: var(--_line-height);
    letter-spacing: normal;
    word-spacing: normal;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='base'] {
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    line-height: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    /* A name of 200 unbroken letters wraps, in the element's box, whatever the data. */
    overflow-wrap: anywhere;
    /* The element's languages (Chinese, English) are written left to right, on an rtl page too. */
    direction: ltr;
    unicode-bidi: isolate;
    color: var(--_text);
    background: var(--_surface);
  }
  button,
  input,
  select {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  button {
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0 calc(var(--_space) * 1.25);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  button.quiet {
    background: transparent;
    color: var(--_accent);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a,
  button,
  summary,
  [tabindex] {
    outline-offset: 2px;
  }
  /* One focus indicator for everything focusable (WCAG 2.4.13: 3 px, in a colour ≥ 3:1 against the surface around
     it). A current or selected state never uses outline, so that focus always shows on top of it. */
  :focus-visible {
    outline: 3px solid var(--_focus);
  }
  bdi {
    unicode-bidi: isolate;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
  }
  .visually-hidden {
    ${visuallyHidden}
  }
  .status {
    min-height: var(--_min-height, 8rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: var(--_space);
  }
  .status p {
    margin: 0;
  }
  .status.empty {
    min-height: auto;
  }
  /* The frame around an element's data (the data controller draws it). */
  .view {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .view > * + *,
  :host(:state(size-large)) p + p {
    margin-block-start: var(--_paragraph-gap);
  }
  .status.error {
    border-color: var(--_danger);
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.5em;
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    vertical-align: -0.15em;
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .sample {
    padding: 0.25em 0.6em;
    border-radius: var(--_radius);
    background: var(--_sample-surface);
    color: var(--_sample);
  }
  .warning,
  .stale {
    padding: 0.4em 0.6em;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-surface);
    color: var(--_warning);
  }
  .period {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: max(0.9em, var(--_text-floor));
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;

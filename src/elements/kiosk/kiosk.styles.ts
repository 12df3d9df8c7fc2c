/** The kiosk's own styles: a full-screen portrait layout with ageing-friendly sizes for every element inside. */
import { css } from 'lit';

export const kioskStyles = css`
  :host {
    /* Defaults for every element inside; a host page may set its own. */
    --tsgs-font-size-large: 24px;
    --tsgs-target-size-large: 60px;
    --tsgs-space-large: 20px;
    display: block;
    block-size: 100dvh;
    inline-size: 100%;
    contain: strict;
    /* Its size is its own (strict containment): the layout inside may follow its width. */
    container-type: inline-size;
  }
  .kiosk {
    display: grid;
    grid-template-rows: auto 1fr auto;
    block-size: 100%;
    overflow: hidden;
    touch-action: manipulation;
    user-select: none;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
    padding: var(--_space);
    border-block-end: 2px solid var(--_border);
  }
  h1 {
    margin: 0;
    font-size: 1.4em;
    margin-inline-end: auto;
  }
  .clock {
    font-size: 1.4em;
    font-variant-numeric: tabular-nums;
  }
  .publisher {
    inline-size: 100%;
    color: var(--_muted);
  }
  /*
   * On a narrow screen the title, clock and date with the publisher take a line each (the publisher two):
   * the lines are there before the region's name and the publisher arrive, so the slides do not move.
   */
  @container (max-width: 40em) {
    h1 {
      inline-size: 100%;
    }
    .publisher {
      min-block-size: calc(2em * var(--_line-height));
    }
  }
  .offline {
    inline-size: 100%;
    margin: 0;
    padding: 0.3em 0.6em;
    border-inline-start: 6px solid var(--_warning);
    background: var(--_warning-surface);
    color: var(--_warning);
    font-weight: 700;
  }
  .slides {
    overflow-y: auto;
    padding: var(--_space);
  }
  .slide[hidden] {
    display: none;
  }
  .slide > h2 {
    margin: 0 0 0.5em;
    font-size: 1.2em;
  }
  .slide > * + * {
    margin-block-start: var(--_space);
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space);
    border-block-start: 2px solid var(--_border);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    flex: 1 1 20em;
  }
  .hint {
    flex: 1 1 20em;
    margin: 0;
    color: var(--_muted);
  }
  /* The slide showing is filled, the others outlined: the outline stays free for focus. */
  .controls button[aria-current='false'] {
    background: transparent;
    color: var(--_accent);
  }
  .controls button[aria-current='true'] {
    font-weight: 700;
  }
  .qr {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0 0 0 auto;
    max-inline-size: 22em;
  }
  .qr canvas {
    inline-size: 7em;
    block-size: 7em;
    image-rendering: pixelated;
    flex: none;
  }
  .qr[hidden] {
    display: none;
  }
  /* 还在看吗？: large and plain, over a dimmed screen. */
  .still-there {
    max-inline-size: min(32em, 90vw);
    padding: calc(var(--_space) * 2);
    border: 3px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-align: center;
  }
  .still-there::backdrop {
    background: var(--_backdrop);
  }
  .still-there h2 {
    margin: 0 0 0.5em;
    font-size: 1.6em;
  }
  .still-there p {
    margin: 0 0 var(--_space);
  }
  .countdown {
    font-size: 1.4em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .still-there .continue {
    inline-size: 100%;
    min-block-size: max(60px, var(--_target));
    font-size: 1.25em;
    font-weight: 700;
  }
`;

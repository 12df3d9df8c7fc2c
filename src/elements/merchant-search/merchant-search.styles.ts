/** The search's own styles, on top of the shared tokens and base. */
import { css } from 'lit';

export const searchStyles = css`
  .search {
    display: grid;
    gap: 0.35em;
  }
  label {
    font-weight: 600;
  }
  .area {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    font-weight: 400;
  }
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    min-height: var(--_target);
    /* As wide before the list arrives as after: a select grows to its longest option, which would move what follows. */
    inline-size: 14em;
    max-inline-size: 100%;
    border: 2px solid var(--_control-border);
    border-radius: var(--_radius);
  }
  input {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    min-height: max(var(--_target), 2.4em);
    padding: 0 0.6em;
    border: 2px solid var(--_control-border);
    border-radius: var(--_radius);
  }
  input:focus-visible {
    border-color: var(--_accent);
  }
  .status-line {
    margin: 0;
    min-height: 1.5em;
    color: var(--_muted);
  }
  .status-line.error {
    color: var(--_danger);
  }
  .status-line button {
    margin-inline-start: 0.5em;
  }
  [role='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0.25em 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-block-size: 24em;
    overflow-y: auto;
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    display: grid;
    min-height: max(var(--_target), 2.5em);
    align-content: center;
    padding: 0.3em 0.6em;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  [role='option']:hover {
    background: var(--_surface-alt);
  }
  [role='option'][aria-selected='true']:hover {
    background: var(--_accent);
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    font-size: max(0.85em, var(--_text-floor));
  }
  [role='option']:not([aria-selected='true']) .meta {
    color: var(--_muted);
  }
`;

/** <tsgs-merchant-search>: the empty box, and what it shows once a person types. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { userEvent, waitFor } from 'storybook/test';
import '../src/elements/merchant-card/define.ts';
import '../src/elements/merchant-search/define.ts';
import { about, described, HANGING_API, SHANGHAI } from './shared.ts';

interface Args {
  region?: string;
  label?: string;
  api?: string;
}

/** Types `text` into the search box, as a person would, and with `choose` picks the first hit with the keyboard. */
const typing =
  (text: string, choose = false) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const search = canvasElement.querySelector('tsgs-merchant-search');
    await search?.updateComplete;
    const input = search?.shadowRoot?.querySelector('input');
    if (!search || !input) return;
    await userEvent.type(input, text);
    if (!choose) return;
    await waitFor(() => {
      if (!search.shadowRoot?.querySelector('[role="option"]')) throw new Error('no hits yet');
    });
    await userEvent.keyboard('{ArrowDown}{Enter}');
  };

const meta: Meta<Args> = {
  title: 'Elements/tsgs-merchant-search',
  component: 'tsgs-merchant-search',
  args: { region: SHANGHAI },
  parameters: { controls: { include: ['region', 'label', 'api'] } },
  render: ({ region, label, api }) =>
    html`<tsgs-merchant-search region=${ifDefined(region)} label=${ifDefined(label)} api=${ifDefined(api)}></tsgs-merchant-search>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Idle: Story = {
  tags: ['ready'],
  parameters: described('The empty box: nothing is asked until a query has two characters.'),
};

export const Hits: Story = {
  tags: ['ready', 'api'],
  play: typing('青鸾'),
  parameters: described(`${about.live} The story types 青鸾; arrow keys move through the hits, Enter chooses.`),
};

export const WithCard: Story = {
  tags: ['ready', 'api'],
  render: ({ region, api }) =>
    html`<tsgs-merchant-search region=${ifDefined(region)} for="chosen" api=${ifDefined(api)}></tsgs-merchant-search>
      <tsgs-merchant-card id="chosen" variant="compact" api=${ifDefined(api)}></tsgs-merchant-card>`,
  play: typing('青鸾', true),
  parameters: described(
    `${about.live} With \`for="chosen"\`, the operator chosen shows in the card with that id: the story picks the first hit.`,
  ),
};

export const RegionList: Story = {
  tags: ['ready', 'api'],
  args: { region: undefined },
  render: ({ api }) => html`<tsgs-merchant-search region-select api=${ifDefined(api)}></tsgs-merchant-search>`,
  parameters: described(
    `${about.live} With \`region-select\`, the regions with data (from /v1/regions), provinces and their cities, to search within.`,
  ),
};

export const Loading: Story = {
  tags: ['loading', 'api'],
  args: { api: HANGING_API },
  play: typing('青鸾'),
  parameters: described(about.loading),
};

export const InvalidRegion: Story = {
  tags: ['error'],
  args: { region: 'abc' },
  play: typing('青鸾'),
  parameters: described(about.invalid),
};

export const NoHits: Story = {
  tags: ['empty', 'api'],
  play: typing('无此经营者'),
  parameters: described(`${about.live} No operator matches 无此经营者.`),
};

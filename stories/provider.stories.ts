/** <tsgs-provider>: one configuration for the elements inside it. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/hot-issues/define.ts';
import '../src/elements/merchant-card/define.ts';
import '../src/elements/provider/define.ts';
import { fixtures } from './fixtures/index.ts';
import { described, SHANGHAI, SHOWCASE } from './shared.ts';

const meta: Meta = {
  title: 'Elements/tsgs-provider',
  component: 'tsgs-provider',
  parameters: { controls: { disable: true } },
};
export default meta;

type Story = StoryObj;

export const SharedSettings: Story = {
  tags: ['ready'],
  render: () =>
    html`<tsgs-provider>
      <tsgs-merchant-card uscc=${SHOWCASE.busy} variant="compact" .data=${fixtures.merchantBusy}></tsgs-merchant-card>
      <tsgs-hot-issues region=${SHANGHAI} .data=${fixtures.hotIssues}></tsgs-hot-issues>
    </tsgs-provider>`,
  parameters: described('The toolbar sets theme, size and language on the provider alone; the elements inside take them from it.'),
};

export const OwnAttributeWins: Story = {
  tags: ['ready'],
  render: () =>
    html`<tsgs-provider>
      <tsgs-merchant-card uscc=${SHOWCASE.busy} variant="compact" .data=${fixtures.merchantBusy}></tsgs-merchant-card>
      <tsgs-merchant-card uscc=${SHOWCASE.busy} variant="compact" theme="high-contrast" .data=${fixtures.merchantBusy}></tsgs-merchant-card>
    </tsgs-provider>`,
  parameters: described("The second card's own `theme` wins over the provider's."),
};

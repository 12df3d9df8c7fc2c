/** <tsgs-merchant-card> in each of its states, full and compact. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/merchant-card/define.ts';
import type { MerchantDetail } from '../src/contract/index.ts';
import { fixtures } from './fixtures/index.ts';
import { about, described, loading, SHOWCASE, UNKNOWN_USCC, withData } from './shared.ts';

interface Args {
  uscc: string;
  variant: 'full' | 'compact';
  api?: string;
  data?: MerchantDetail;
}

const meta: Meta<Args> = {
  title: 'Elements/tsgs-merchant-card',
  component: 'tsgs-merchant-card',
  args: { uscc: SHOWCASE.busy, variant: 'full' },
  argTypes: {
    // The manifest also has a css part named uscc, which would otherwise give the attribute a JSON control.
    uscc: { control: 'text', table: { category: 'attributes', type: { summary: 'string' } } },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
  },
  parameters: { controls: { include: ['uscc', 'variant', 'api', 'data'] } },
  render: ({ uscc, variant, api, data }) =>
    html`<tsgs-merchant-card uscc=${uscc} variant=${variant} api=${ifDefined(api)} .data=${data}></tsgs-merchant-card>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = { tags: ['ready'], ...withData(fixtures.merchantBusy) };

export const Compact: Story = {
  tags: ['ready'],
  ...withData(fixtures.merchantBusy, `${about.data} The compact variant: one line, the rest one click away.`),
  args: { data: fixtures.merchantBusy, variant: 'compact' },
};

export const NoComplaints: Story = {
  tags: ['empty'],
  ...withData(fixtures.merchantClean, `${about.data} An operator with no complaints in the period: the card's empty case, with no rate.`),
  args: { uscc: SHOWCASE.clean, data: fixtures.merchantClean },
};

export const FromTheApi: Story = { tags: ['ready', 'api'], parameters: described(about.live) };

export const FromTheApiCompact: Story = { tags: ['ready', 'api'], args: { variant: 'compact' }, parameters: described(about.live) };

export const Loading: Story = { tags: ['loading', 'api'], ...loading };

export const InvalidCode: Story = { tags: ['error'], args: { uscc: '9131010IO' }, parameters: described(about.invalid) };

export const NotFound: Story = {
  tags: ['error', 'api'],
  args: { uscc: UNKNOWN_USCC },
  parameters: described(`${about.notFound} No operator holds ${UNKNOWN_USCC}.`),
};

/** <tsgs-city-ranking> in each of its states. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/city-ranking/define.ts';
import type { Ranking, Schemas } from '../src/contract/index.ts';
import { fixtures } from './fixtures/index.ts';
import { about, described, invalidRegion, loading, SHANGHAI, withData } from './shared.ts';

interface Args {
  region: string;
  metric: Schemas['RankingMetric'];
  list: Schemas['RankingList'];
  pageSize: number;
  industrySelect?: boolean;
  api?: string;
  data?: Ranking;
}

const meta: Meta<Args> = {
  title: 'Elements/tsgs-city-ranking',
  component: 'tsgs-city-ranking',
  args: { region: SHANGHAI, metric: 'accepted', list: 'all', pageSize: 10 },
  argTypes: {
    metric: { control: 'inline-radio', options: ['accepted', 'mediation-rate', 'change', 'per-sales'] },
    list: { control: 'inline-radio', options: ['all', 'red', 'black'] },
  },
  parameters: { controls: { include: ['region', 'metric', 'list', 'pageSize', 'industrySelect', 'api', 'data'] } },
  render: ({ region, metric, list, pageSize, industrySelect, api, data }) =>
    html`<tsgs-city-ranking
      region=${region}
      metric=${metric}
      list=${list}
      page-size=${pageSize}
      ?industry-select=${industrySelect}
      api=${ifDefined(api)}
      .data=${data}
    ></tsgs-city-ranking>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = { tags: ['ready'], ...withData(fixtures.ranking) };

export const FromTheApi: Story = { tags: ['ready', 'api'], parameters: described(`${about.live} Sorting and paging ask the API again.`) };

export const RedList: Story = {
  tags: ['ready', 'api'],
  args: { list: 'red', metric: 'mediation-rate' },
  parameters: described(`${about.live} The red list (红榜), by mediation success rate.`),
};

export const PerSales: Story = {
  tags: ['ready', 'api'],
  args: { metric: 'per-sales' },
  parameters: described(
    `${about.live} By complaints accepted per ¥100 million of sales (投诉量占销售额比例): only the operators whose publisher supplied their sales are ranked, as the caption says.`,
  ),
};

export const IndustryList: Story = {
  tags: ['ready', 'api'],
  args: { region: '370000', industrySelect: true },
  parameters: described(
    `${about.live} With \`industry-select\`, the industries with operators in the region (from /v1/industries) to filter by: here 山东省, the sum of 济南 and 青岛.`,
  ),
};

export const Loading: Story = { tags: ['loading', 'api'], ...loading };

export const InvalidRegion: Story = { tags: ['error'], ...invalidRegion };

export const Empty: Story = { tags: ['empty'], ...withData(fixtures.rankingEmpty, about.empty) };

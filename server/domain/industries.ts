/** The GB/T 4754-2017 classes the sample data uses, with what complaints about each tend to be. */

export interface IndustrySpec {
  /** 小类 (class) code, four digits. */
  readonly code: string;
  /** 门类 (section) letter. */
  readonly section: string;
  readonly name: string;
  /** How many operators of a city fall in this class, relative to the others. */
  readonly share: number;
  /** How complaint-prone an operator of this class is, relative to the others. */
  readonly intensity: number;
  /** What a fictional operator of this class is called: the word before 有限公司. */
  readonly trade: readonly string[];
  /** Complaint categories (ids) with their weights. */
  readonly categories: readonly (readonly [id: string, weight: number])[];
  /** Complaint natures (ids) with their weights. */
  readonly natures: readonly (readonly [id: string, weight: number])[];
}

const GOODS_NATURES = [
  ['quality', 5],
  ['after-sales', 4],
  ['price', 2],
  ['false-advertising', 1],
  ['counterfeit', 1],
  ['measurement', 1],
  ['other', 1],
] as const;
const SERVICE_NATURES = [
  ['contract', 5],
  ['after-sales', 3],
  ['price', 2],
  ['quality', 2],
  ['false-advertising', 2],
  ['dignity', 1],
  ['other', 1],
] as const;

export const INDUSTRIES: readonly IndustrySpec[] = [
  {
    code: '5211',
    section: 'F',
    name: '百货零售',
    share: 4,
    intensity: 1.2,
    trade: ['百货', '商厦'],
    categories: [
      ['clothing', 4],
      ['daily-goods', 3],
      ['jewellery-stationery', 2],
      ['sales-services', 2],
    ],
    natures: GOODS_NATURES,
  },
  {
    code: '5212',
    section: 'F',
    name: '超级市场零售',
    share: 5,
    intensity: 1,
    trade: ['超市', '生鲜超市'],
    categories: [
      ['food', 5],
      ['daily-goods', 3],
      ['tobacco-drinks', 1],
    ],
    natures: [
      ['quality', 5],
      ['safety', 3],
      ['measurement', 2],
      ['price', 2],
      ['other', 1],
    ],
  },
  {
    code: '5213',
    section: 'F',
    name: '便利店零售',
    share: 6,
    intensity: 0.4,
    trade: ['便利店'],
    categories: [
      ['food', 5],
      ['tobacco-drinks', 3],
      ['daily-goods', 1],
    ],
    natures: [
      ['quality', 4],
      ['safety', 3],
      ['price', 2],
      ['other', 1],
    ],
  },
  {
    code: '5232',
    section: 'F',
    name: '服装零售',
    share: 5,
    intensity: 0.5,
    trade: ['服饰', '时装'],
    categories: [['clothing', 1]],
    natures: GOODS_NATURES,
  },
  {
    code: '5272',
    section: 'F',
    name: '日用家电零售',
    share: 3,
    intensity: 1.5,
    trade: ['电器', '家电'],
    categories: [
      ['appliances', 6],
      ['sales-services', 2],
    ],
    natures: GOODS_NATURES,
  },
  {
    code: '5274',
    section: 'F',
    name: '通信设备零售',
    share: 3,
    intensity: 1.4,
    trade: ['数码', '通讯器材'],
    categories: [
      ['appliances', 5],
      ['sales-services', 2],
    ],
    natures: GOODS_NATURES,
  },
  {
    code: '5261',
    section: 'F',
    name: '汽车新车零售',
    share: 2,
    intensity: 2.5,
    trade: ['汽车销售服务', '汽车贸易'],
    categories: [
      ['vehicles', 6],
      ['sales-services', 2],
      ['finance', 1],
    ],
    natures: [
      ['quality', 4],
      ['contract', 3],
      ['after-sales', 3],
      ['price', 2],
      ['false-advertising', 1],
    ],
  },
  {
    code: '5292',
    section: 'F',
    name: '互联网零售',
    share: 3,
    intensity: 2.5,
    trade: ['电子商务', '网络商贸'],
    categories: [
      ['internet', 5],
      ['daily-goods', 2],
      ['appliances', 2],
      ['clothing', 1],
    ],
    natures: [
      ['after-sales', 4],
      ['quality', 3],
      ['false-advertising', 2],
      ['contract', 2],
      ['counterfeit', 1],
    ],
  },
  {
    code: '6210',
    section: 'H',
    name: '正餐服务',
    share: 8,
    intensity: 0.6,
    trade: ['餐饮', '酒家', '食府'],
    categories: [
      ['living-services', 4],
      ['food', 2],
    ],
    natures: [
      ['quality', 3],
      ['safety', 3],
      ['price', 2],
      ['dignity', 1],
      ['contract', 1],
    ],
  },
  {
    code: '6220',
    section: 'H',
    name: '快餐服务',
    share: 6,
    intensity: 0.5,
    trade: ['快餐', '小吃'],
    categories: [
      ['living-services', 4],
      ['food', 3],
    ],
    natures: [
      ['safety', 4],
      ['quality', 3],
      ['price', 1],
    ],
  },
  {
    code: '6232',
    section: 'H',
    name: '咖啡馆服务',
    share: 3,
    intensity: 0.3,
    trade: ['咖啡', '咖啡馆'],
    categories: [
      ['living-services', 3],
      ['tobacco-drinks', 1],
    ],
    natures: [
      ['quality', 3],
      ['contract', 2],
      ['price', 1],
    ],
  },
  {
    code: '6312',
    section: 'I',
    name: '移动电信服务',
    share: 0.5,
    intensity: 12,
    trade: ['通信服务', '移动通信'],
    categories: [['telecom', 1]],
    natures: [
      ['contract', 5],
      ['price', 3],
      ['after-sales', 2],
      ['false-advertising', 1],
    ],
  },
  {
    code: '6432',
    section: 'I',
    name: '互联网生活服务平台',
    share: 1,
    intensity: 10,
    trade: ['网络科技', '信息技术'],
    categories: [
      ['internet', 6],
      ['living-services', 2],
      ['travel', 1],
    ],
    natures: SERVICE_NATURES,
  },
  {
    code: '8391',
    section: 'P',
    name: '职业技能培训',
    share: 3,
    intensity: 1.8,
    trade: ['职业培训学校', '教育咨询'],
    categories: [['education-training', 1]],
    natures: [
      ['contract', 5],
      ['false-advertising', 3],
      ['price', 2],
      ['after-sales', 1],
    ],
  },
  {
    code: '8393',
    section: 'P',
    name: '文化艺术培训',
    share: 3,
    intensity: 1.2,
    trade: ['艺术培训', '文化传播'],
    categories: [['education-training', 1]],
    natures: [
      ['contract', 5],
      ['false-advertising', 2],
      ['price', 2],
    ],
  },
  {
    code: '7020',
    section: 'K',
    name: '物业管理',
    share: 3,
    intensity: 1.6,
    trade: ['物业服务', '物业管理'],
    categories: [['renovation-property', 1]],
    natures: [
      ['contract', 4],
      ['price', 3],
      ['quality', 2],
      ['safety', 1],
    ],
  },
  {
    code: '5012',
    section: 'E',
    name: '住宅装饰和装修',
    share: 3,
    intensity: 1.5,
    trade: ['装饰工程', '家居装饰'],
    categories: [
      ['renovation-property', 4],
      ['housing-materials', 2],
    ],
    natures: [
      ['quality', 4],
      ['contract', 4],
      ['price', 1],
      ['safety', 1],
    ],
  },
  {
    code: '7291',
    section: 'L',
    name: '旅行社及相关服务',
    share: 2,
    intensity: 1.6,
    trade: ['旅行社', '国际旅行社'],
    categories: [['travel', 1]],
    natures: [
      ['contract', 5],
      ['false-advertising', 2],
      ['price', 2],
      ['dignity', 1],
    ],
  },
  {
    code: '8040',
    section: 'O',
    name: '理发及美容服务',
    share: 5,
    intensity: 0.8,
    trade: ['美容美发', '美业'],
    categories: [
      ['living-services', 4],
      ['health-care', 1],
    ],
    natures: [
      ['contract', 4],
      ['price', 3],
      ['false-advertising', 2],
      ['safety', 1],
      ['dignity', 1],
    ],
  },
  {
    code: '8930',
    section: 'R',
    name: '健身休闲活动',
    share: 2,
    intensity: 1.4,
    trade: ['健身', '运动健身'],
    categories: [['culture-sports', 1]],
    natures: [
      ['contract', 6],
      ['price', 2],
      ['false-advertising', 1],
    ],
  },
  {
    code: '8111',
    section: 'O',
    name: '汽车修理与维护',
    share: 2,
    intensity: 0.9,
    trade: ['汽车维修', '汽车服务'],
    categories: [
      ['vehicles', 3],
      ['living-services', 1],
    ],
    natures: [
      ['quality', 4],
      ['price', 3],
      ['counterfeit', 1],
      ['measurement', 1],
    ],
  },
  {
    code: '6020',
    section: 'G',
    name: '快递服务',
    share: 1,
    intensity: 2.5,
    trade: ['快递', '速运'],
    categories: [['postal', 1]],
    natures: [
      ['after-sales', 3],
      ['contract', 3],
      ['quality', 1],
    ],
  },
  {
    code: '5251',
    section: 'F',
    name: '西药零售',
    share: 2,
    intensity: 0.5,
    trade: ['大药房', '医药'],
    categories: [
      ['medical-goods', 5],
      ['health-care', 1],
    ],
    natures: [
      ['quality', 4],
      ['price', 2],
      ['safety', 2],
      ['false-advertising', 1],
    ],
  },
];

/** Complaint categories and natures (投诉性质) as the 12315 system files them, with stable ids for the API. */

export type CategoryGroup = 'goods' | 'services';

export interface Category {
  readonly id: string;
  readonly name: string;
  readonly group: CategoryGroup;
}

export interface Nature {
  readonly id: string;
  readonly name: string;
}

export const CATEGORIES: readonly Category[] = [
  { id: 'appliances', name: '家用电子电器', group: 'goods' },
  { id: 'clothing', name: '服装鞋帽', group: 'goods' },
  { id: 'food', name: '食品', group: 'goods' },
  { id: 'tobacco-drinks', name: '烟酒饮料', group: 'goods' },
  { id: 'housing-materials', name: '房屋及建材', group: 'goods' },
  { id: 'daily-goods', name: '日用商品', group: 'goods' },
  { id: 'jewellery-stationery', name: '首饰及文体用品', group: 'goods' },
  { id: 'medical-goods', name: '医药及医疗用品', group: 'goods' },
  { id: 'vehicles', name: '交通工具', group: 'goods' },
  { id: 'farm-supplies', name: '农用生产资料', group: 'goods' },
  { id: 'living-services', name: '生活社会服务', group: 'services' },
  { id: 'renovation-property', name: '房屋装修及物业', group: 'services' },
  { id: 'travel', name: '旅游', group: 'services' },
  { id: 'culture-sports', name: '文化娱乐体育', group: 'services' },
  { id: 'postal', name: '邮政业', group: 'services' },
  { id: 'telecom', name: '电信', group: 'services' },
  { id: 'internet', name: '互联网', group: 'services' },
  { id: 'finance', name: '金融', group: 'services' },
  { id: 'insurance', name: '保险', group: 'services' },
  { id: 'health-care', name: '卫生保健', group: 'services' },
  { id: 'education-training', name: '教育培训', group: 'services' },
  { id: 'public-facilities', name: '公共设施', group: 'services' },
  { id: 'sales-services', name: '销售服务', group: 'services' },
  { id: 'other-services', name: '其他', group: 'services' },
];

export const NATURES: readonly Nature[] = [
  { id: 'quality', name: '质量' },
  { id: 'after-sales', name: '售后服务' },
  { id: 'contract', name: '合同' },
  { id: 'price', name: '价格' },
  { id: 'safety', name: '安全' },
  { id: 'false-advertising', name: '虚假宣传' },
  { id: 'counterfeit', name: '假冒' },
  { id: 'measurement', name: '计量' },
  { id: 'dignity', name: '人格尊严' },
  { id: 'other', name: '其他' },
];

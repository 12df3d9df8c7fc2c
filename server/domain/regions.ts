/** The GB/T 2260 regions the sample data covers: the 2016 pilots (上海, 重庆, 江西) and more cities. */

export interface CitySpec {
  /** The ranking unit: a municipality's province-level code, or a prefecture-level city. */
  readonly code: string;
  readonly name: string;
  /** The province the city lies in, when it is not a municipality itself. */
  readonly province?: { readonly code: string; readonly name: string };
  readonly pilot: boolean;
  /** How many operators the sample gives the city. */
  readonly operators: number;
  readonly districts: readonly (readonly [code: string, name: string])[];
}

export const CITIES: readonly CitySpec[] = [
  {
    code: '310000',
    name: '上海市',
    pilot: true,
    operators: 1150,
    districts: [
      ['310101', '黄浦区'],
      ['310104', '徐汇区'],
      ['310105', '长宁区'],
      ['310106', '静安区'],
      ['310107', '普陀区'],
      ['310109', '虹口区'],
      ['310110', '杨浦区'],
      ['310112', '闵行区'],
      ['310113', '宝山区'],
      ['310115', '浦东新区'],
    ],
  },
  {
    code: '500000',
    name: '重庆市',
    pilot: true,
    operators: 800,
    districts: [
      ['500101', '万州区'],
      ['500103', '渝中区'],
      ['500104', '大渡口区'],
      ['500105', '江北区'],
      ['500106', '沙坪坝区'],
      ['500107', '九龙坡区'],
      ['500108', '南岸区'],
      ['500112', '渝北区'],
    ],
  },
  {
    code: '360100',
    name: '南昌市',
    province: { code: '360000', name: '江西省' },
    pilot: true,
    operators: 550,
    districts: [
      ['360102', '东湖区'],
      ['360103', '西湖区'],
      ['360104', '青云谱区'],
      ['360111', '青山湖区'],
      ['360112', '新建区'],
      ['360113', '红谷滩区'],
    ],
  },
  {
    code: '110000',
    name: '北京市',
    pilot: false,
    operators: 700,
    districts: [
      ['110101', '东城区'],
      ['110102', '西城区'],
      ['110105', '朝阳区'],
      ['110106', '丰台区'],
      ['110108', '海淀区'],
    ],
  },
  {
    code: '440100',
    name: '广州市',
    province: { code: '440000', name: '广东省' },
    pilot: false,
    operators: 600,
    districts: [
      ['440103', '荔湾区'],
      ['440104', '越秀区'],
      ['440105', '海珠区'],
      ['440106', '天河区'],
      ['440111', '白云区'],
    ],
  },
  {
    code: '330100',
    name: '杭州市',
    province: { code: '330000', name: '浙江省' },
    pilot: false,
    operators: 450,
    districts: [
      ['330102', '上城区'],
      ['330105', '拱墅区'],
      ['330106', '西湖区'],
      ['330108', '滨江区'],
      ['330109', '萧山区'],
      ['330110', '余杭区'],
    ],
  },
  {
    code: '510100',
    name: '成都市',
    province: { code: '510000', name: '四川省' },
    pilot: false,
    operators: 350,
    districts: [
      ['510104', '锦江区'],
      ['510105', '青羊区'],
      ['510106', '金牛区'],
      ['510107', '武侯区'],
      ['510108', '成华区'],
    ],
  },
  {
    code: '420100',
    name: '武汉市',
    province: { code: '420000', name: '湖北省' },
    pilot: false,
    operators: 250,
    districts: [
      ['420102', '江岸区'],
      ['420103', '江汉区'],
      ['420104', '硚口区'],
      ['420106', '武昌区'],
      ['420111', '洪山区'],
    ],
  },
  {
    code: '610100',
    name: '西安市',
    province: { code: '610000', name: '陕西省' },
    pilot: false,
    operators: 150,
    districts: [
      ['610102', '新城区'],
      ['610103', '碑林区'],
      ['610104', '莲湖区'],
      ['610113', '雁塔区'],
    ],
  },
];

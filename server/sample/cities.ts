/**
 * Where the fictional sample's operators are: the 2016 pilots (上海, 重庆, 江西) and more cities, by
 * their codes in the complete region table (names, parents and pilots come from it).
 */

export interface CitySpec {
  /** The ranking unit: a municipality's province-level code, or a prefecture-level city. */
  readonly code: string;
  /** How many operators the sample gives the city. */
  readonly operators: number;
  readonly districts: readonly string[];
  /**
   * Districts whose operators' USCCs carry an office code abolished since they were issued (莱芜市
   * 钢城区 371203 became 济南市钢城区 370117 in 2019): the code inside the USCC, by district.
   */
  readonly formerOffices?: Readonly<Record<string, string>>;
}

export const CITIES: readonly CitySpec[] = [
  {
    code: '310000',
    operators: 1150,
    districts: ['310101', '310104', '310105', '310106', '310107', '310109', '310110', '310112', '310113', '310115'],
  },
  {
    code: '500000',
    operators: 800,
    districts: ['500101', '500103', '500104', '500105', '500106', '500107', '500108', '500112'],
  },
  {
    code: '360100',
    operators: 550,
    districts: ['360102', '360103', '360104', '360111', '360112', '360113'],
  },
  {
    code: '110000',
    operators: 700,
    districts: ['110101', '110102', '110105', '110106', '110108'],
  },
  {
    code: '440100',
    operators: 600,
    districts: ['440103', '440104', '440105', '440106', '440111'],
  },
  {
    code: '330100',
    operators: 450,
    districts: ['330102', '330105', '330106', '330108', '330109', '330110'],
  },
  {
    code: '510100',
    operators: 350,
    districts: ['510104', '510105', '510106', '510107', '510108'],
  },
  {
    code: '420100',
    operators: 250,
    districts: ['420102', '420103', '420104', '420106', '420111'],
  },
  {
    code: '610100',
    operators: 150,
    districts: ['610102', '610103', '610104', '610113'],
  },
];

/**
 * Cities across the country beyond the ones above, with development-zone codes and a USCC office
 * code abolished in 2019. Drawn from a random source of their own, so the figures of the cities
 * above stay as they were.
 */
export const MORE_CITIES: readonly CitySpec[] = [
  {
    code: '370100',
    operators: 60,
    districts: ['370102', '370112', '370117', '370176'],
    formerOffices: { '370117': '371203' },
  },
  {
    code: '370200',
    operators: 40,
    districts: ['370202', '370211', '370212'],
  },
  {
    code: '220100',
    operators: 50,
    districts: ['220102', '220104', '220171', '220173'],
  },
  {
    code: '530100',
    operators: 40,
    districts: ['530102', '530103', '530111'],
  },
];

// 网安部门代码 by the server's city (PLATFORM.md, rules of the process). The seed prints 13 digits for 成都 and
// 深圳; these follow the 12-digit GB/T 2260 + 000000 pattern of the others.
export interface PoliceCode {
  city: string;
  /** GB/T 2260 code of the city (or municipality) the code is built on. */
  regionCode: string;
  code: string;
}

export const POLICE_CODES: readonly PoliceCode[] = [
  { city: '北京', regionCode: '11', code: '110000000000' },
  { city: '上海', regionCode: '31', code: '310000000000' },
  { city: '重庆', regionCode: '50', code: '500000000000' },
  { city: '广州', regionCode: '4401', code: '440100000000' },
  { city: '深圳', regionCode: '4403', code: '440300000000' },
  { city: '南京', regionCode: '3201', code: '320100000000' },
  { city: '成都', regionCode: '5101', code: '510100000000' },
];

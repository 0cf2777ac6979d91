// The unit map's error messages (members.<key>), in both languages. The ranges they name are chinaBounds
// (map-schemas.ts); map-schemas.test.ts checks they agree.
const zhCN = {
  latitudeOutsideChina: '纬度应在北纬 3° 至 54° 之间（中国境内）',
  longitudeOutsideChina: '经度应在东经 73° 至 136° 之间（中国境内）',
};

export const mapMessages = {
  'zh-CN': zhCN,
  'en-US': {
    latitudeOutsideChina: 'Latitude must be between 3° N and 54° N (within China)',
    longitudeOutsideChina: 'Longitude must be between 73° E and 136° E (within China)',
  } satisfies Record<keyof typeof zhCN, string>,
};

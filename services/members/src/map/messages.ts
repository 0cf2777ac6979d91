// The unit map's error messages (members.<key>), in both languages.
const zhCN = {
  locationOutOfRange: '经纬度超出范围',
};

export const mapMessages = {
  'zh-CN': zhCN,
  'en-US': {
    locationOutOfRange: 'Latitude or longitude out of range',
  } satisfies Record<keyof typeof zhCN, string>,
};

// China's 2026 holiday schedule: 国务院办公厅关于2026年部分节假日安排的通知, dated 2025-11-04, published by Xinhua
// the same day (e.g. https://politics.gmw.cn/2025-11/04/content_38391083.htm). Every day of each announced break is
// listed, weekend days included, since they are part of the announced holiday; 'workday' entries are the weekend
// days worked in exchange (调休上班).

import type { DayOverride } from '../working-calendar';

const holiday = (date: string, name: string): DayOverride => ({ date, kind: 'holiday', name });
const workday = (date: string, name: string): DayOverride => ({ date, kind: 'workday', name });

export const official2026: readonly DayOverride[] = Object.freeze(
  [
    // 元旦: 1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。
    holiday('2026-01-01', '元旦'),
    holiday('2026-01-02', '元旦'),
    holiday('2026-01-03', '元旦'),
    workday('2026-01-04', '元旦调休上班'),
    // 春节: 2月15日(周日)至23日(周一)放假调休,共9天。2月14日(周六)、2月28日(周六)上班。
    workday('2026-02-14', '春节调休上班'),
    holiday('2026-02-15', '春节'),
    holiday('2026-02-16', '春节'),
    holiday('2026-02-17', '春节'),
    holiday('2026-02-18', '春节'),
    holiday('2026-02-19', '春节'),
    holiday('2026-02-20', '春节'),
    holiday('2026-02-21', '春节'),
    holiday('2026-02-22', '春节'),
    holiday('2026-02-23', '春节'),
    workday('2026-02-28', '春节调休上班'),
    // 清明节: 4月4日(周六)至6日(周一)放假,共3天。
    holiday('2026-04-04', '清明节'),
    holiday('2026-04-05', '清明节'),
    holiday('2026-04-06', '清明节'),
    // 劳动节: 5月1日(周五)至5日(周二)放假调休,共5天。5月9日(周六)上班。
    holiday('2026-05-01', '劳动节'),
    holiday('2026-05-02', '劳动节'),
    holiday('2026-05-03', '劳动节'),
    holiday('2026-05-04', '劳动节'),
    holiday('2026-05-05', '劳动节'),
    workday('2026-05-09', '劳动节调休上班'),
    // 端午节: 6月19日(周五)至21日(周日)放假,共3天。
    holiday('2026-06-19', '端午节'),
    holiday('2026-06-20', '端午节'),
    holiday('2026-06-21', '端午节'),
    // 中秋节: 9月25日(周五)至27日(周日)放假,共3天。
    holiday('2026-09-25', '中秋节'),
    holiday('2026-09-26', '中秋节'),
    holiday('2026-09-27', '中秋节'),
    // 国庆节: 10月1日(周四)至7日(周三)放假调休,共7天。9月20日(周日)、10月10日(周六)上班。
    workday('2026-09-20', '国庆节调休上班'),
    holiday('2026-10-01', '国庆节'),
    holiday('2026-10-02', '国庆节'),
    holiday('2026-10-03', '国庆节'),
    holiday('2026-10-04', '国庆节'),
    holiday('2026-10-05', '国庆节'),
    holiday('2026-10-06', '国庆节'),
    holiday('2026-10-07', '国庆节'),
    workday('2026-10-10', '国庆节调休上班'),
  ].map((day) => Object.freeze(day)),
);

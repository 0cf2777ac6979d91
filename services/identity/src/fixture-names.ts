// Names for the large fixture's townships, branches and people: drawn from syllables as real place names and
// personal names are formed, so lists, searches and name sorts see realistic variety (made up, never real data).
import type { FixtureRandom } from '@strata/api';

const placeFirst = [...'青石桃柳金银玉龙凤马牛杨梅松竹兰安平永新长太和福兴盛丰清白黄红东西南北上下大小'];
const placeSecond = [...'山河湖溪岭湾坪桥港塘林园岗庄口洲坝川峰泉阳'];
const townshipKinds = [
  ['镇', 6],
  ['乡', 2],
  ['街道', 3],
] as const;
const branchKinds = [
  ['村支部', 10],
  ['社区支部', 4],
  ['小学支部', 1],
  ['中学支部', 1],
  ['卫生院支部', 1],
  ['企业联合支部', 1],
  ['合作社支部', 1],
  ['机关支部', 1],
] as const;
const familyNames = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'];
const givenSyllables = [...'建华秀英志强丽娟国庆海燕明静文博晓东桂芳立新红梅伟敏军洋勇艳杰娜涛磊超霞平刚玲'];

const place = (random: FixtureRandom) => random.pick(placeFirst) + random.pick(placeSecond);

export const fixtureNames = {
  township: (random: FixtureRandom) => place(random) + random.weighted(townshipKinds),
  branch: (random: FixtureRandom, township: string) => township + place(random) + random.weighted(branchKinds),
  person: (random: FixtureRandom) =>
    random.pick(familyNames) + random.pick(givenSyllables) + (random.next() < 0.7 ? random.pick(givenSyllables) : ''),
};

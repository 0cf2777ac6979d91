// The members registry's codes and limits, the same in the browser's forms and the server's schemas. Labels live in
// each side's messages (the service's locales and the remote's), keyed by these codes.

/** The lifecycle, in order: applicant → activist → development candidate → probationary → full member. */
export const memberStages = ['applicant', 'activist', 'candidate', 'probationary', 'full'] as const;
export type MemberStage = (typeof memberStages)[number];

/** Who vouches for someone on the way in: two mentors (培养联系人) for an activist, two introducers (入党介绍人). */
export const sponsorRoles = ['mentor', 'introducer'] as const;
export type SponsorRole = (typeof sponsorRoles)[number];

/** Which sponsors a step names: mentors for a new activist, introducers for a new probationary member. */
export const sponsorsOfStep: Partial<Record<MemberStage, SponsorRole>> = {
  activist: 'mentor',
  probationary: 'introducer',
};

/**
 * The stages at which a role's sponsors may be assigned or replaced apart from a step, while they serve: mentors for
 * activists and candidates, introducers for candidates (ahead of the vote) and probationary members.
 */
export const sponsorStages: Record<SponsorRole, readonly MemberStage[]> = {
  mentor: ['activist', 'candidate'],
  introducer: ['candidate', 'probationary'],
};

/**
 * Where a member stands in the registry: active (and floating, attached for a while to a branch where they work
 * away), or out of the active registry: transferred out of the system, deceased, expelled, withdrawn, or a candidacy
 * cancelled before admission.
 */
export const memberStatuses = [
  'active',
  'floating',
  'transferred',
  'deceased',
  'expelled',
  'withdrawn',
  'cancelled',
] as const;
export type MemberStatus = (typeof memberStatuses)[number];
/** The statuses of members still on the active registry. */
export const activeMemberStatuses: readonly MemberStatus[] = ['active', 'floating'];

export const memberEducations = ['postgraduate', 'undergraduate', 'college', 'secondary', 'primary'] as const;
export type MemberEducation = (typeof memberEducations)[number];

/** The occupation category the dues' rule set reads (salaried, retired, farmer, student, other). */
export const memberOccupations = ['salaried', 'retired', 'farmer', 'student', 'other'] as const;
export type MemberOccupation = (typeof memberOccupations)[number];

export const memberGenders = ['male', 'female'] as const;
export type MemberGender = (typeof memberGenders)[number];

/**
 * Ethnic groups by their GB/T 3304-1991 codes: "01" 汉族 to "56" 基诺族, "97" other, "98" naturalised foreigners.
 * Each code's names in both languages, in code order (the order forms list them in).
 */
export const memberEthnicities = {
  '01': ['汉族', 'Han'],
  '02': ['蒙古族', 'Mongol'],
  '03': ['回族', 'Hui'],
  '04': ['藏族', 'Tibetan'],
  '05': ['维吾尔族', 'Uyghur'],
  '06': ['苗族', 'Miao'],
  '07': ['彝族', 'Yi'],
  '08': ['壮族', 'Zhuang'],
  '09': ['布依族', 'Bouyei'],
  '10': ['朝鲜族', 'Korean'],
  '11': ['满族', 'Manchu'],
  '12': ['侗族', 'Dong'],
  '13': ['瑶族', 'Yao'],
  '14': ['白族', 'Bai'],
  '15': ['土家族', 'Tujia'],
  '16': ['哈尼族', 'Hani'],
  '17': ['哈萨克族', 'Kazakh'],
  '18': ['傣族', 'Dai'],
  '19': ['黎族', 'Li'],
  '20': ['傈僳族', 'Lisu'],
  '21': ['佤族', 'Va'],
  '22': ['畲族', 'She'],
  '23': ['高山族', 'Gaoshan'],
  '24': ['拉祜族', 'Lahu'],
  '25': ['水族', 'Sui'],
  '26': ['东乡族', 'Dongxiang'],
  '27': ['纳西族', 'Nakhi'],
  '28': ['景颇族', 'Jingpo'],
  '29': ['柯尔克孜族', 'Kyrgyz'],
  '30': ['土族', 'Tu'],
  '31': ['达斡尔族', 'Daur'],
  '32': ['仫佬族', 'Mulao'],
  '33': ['羌族', 'Qiang'],
  '34': ['布朗族', 'Blang'],
  '35': ['撒拉族', 'Salar'],
  '36': ['毛南族', 'Maonan'],
  '37': ['仡佬族', 'Gelao'],
  '38': ['锡伯族', 'Xibe'],
  '39': ['阿昌族', 'Achang'],
  '40': ['普米族', 'Pumi'],
  '41': ['塔吉克族', 'Tajik'],
  '42': ['怒族', 'Nu'],
  '43': ['乌孜别克族', 'Uzbek'],
  '44': ['俄罗斯族', 'Russian'],
  '45': ['鄂温克族', 'Evenki'],
  '46': ['德昂族', "De'ang"],
  '47': ['保安族', 'Bonan'],
  '48': ['裕固族', 'Yugur'],
  '49': ['京族', 'Gin'],
  '50': ['塔塔尔族', 'Tatar'],
  '51': ['独龙族', 'Derung'],
  '52': ['鄂伦春族', 'Oroqen'],
  '53': ['赫哲族', 'Hezhen'],
  '54': ['门巴族', 'Monpa'],
  '55': ['珞巴族', 'Lhoba'],
  '56': ['基诺族', 'Jino'],
  '97': ['其他', 'Other'],
  '98': ['外国血统中国籍人士', 'Naturalised'],
} as const satisfies Record<string, readonly [string, string]>;
export type MemberEthnicity = keyof typeof memberEthnicities;
// Sorted: Object.keys lists integer-like keys ("10" to "98") before the others ("01" to "09"). Marked pure so a bundle
// that never reads the codes (the shell, every other remote) leaves the table out.
export const memberEthnicityCodes = /* @__PURE__ */ (Object.keys(memberEthnicities) as MemberEthnicity[]).sort();

/** Age bands of the annual tables (age on the day counted): up to 25, 26-30, ..., 56-60, 61 and over. */
export const memberAgeBands = [
  { key: 'upTo25', max: 25 },
  { key: '26to30', max: 30 },
  { key: '31to35', max: 35 },
  { key: '36to40', max: 40 },
  { key: '41to45', max: 45 },
  { key: '46to50', max: 50 },
  { key: '51to55', max: 55 },
  { key: '56to60', max: 60 },
  { key: '61up', max: Number.POSITIVE_INFINITY },
] as const;
export type MemberAgeBand = (typeof memberAgeBands)[number]['key'];

/** Bands of whole years since admission: under 5, 5-9, 10-19, 20-29, 30-39, 40-49, 50 and over. */
export const memberYearBands = [
  { key: 'under5', max: 4 },
  { key: '5to9', max: 9 },
  { key: '10to19', max: 19 },
  { key: '20to29', max: 29 },
  { key: '30to39', max: 39 },
  { key: '40to49', max: 49 },
  { key: '50up', max: Number.POSITIVE_INFINITY },
] as const;
export type MemberYearBand = (typeof memberYearBands)[number]['key'];

export const memberLimits = {
  nameMax: 30,
  phoneMax: 20,
  addressMax: 120,
  workplaceMax: 100,
  noteMax: 500,
  reasonMax: 500,
  letterNoMax: 40,
  organisationMax: 100,
  placeMax: 100,
  /**
   * The rows one call of an import brings at most, and the characters of one cell: a chunk has to pass the gateway's
   * 2 MB body limit (a cell longer than its column allows is a row error, so a cell may carry more than any column
   * keeps; a chunk's row numbers and ID numbers are looked up in IN lists, which stay under SQLite's 999 values).
   */
  importChunkMaxRows: 500,
  importCellMax: 1_000,
  /** An import's rows, and a transfer letter's validity in months (across provinces, and within one). */
  importMaxRows: 10_000,
  transferMonths: 3,
  transferMonthsCrossProvince: 6,
  /** An activist is observed at least a year before becoming a development candidate. */
  activistMonthsMin: 12,
  /** Probation lasts a year; an extension adds up to a year, once. */
  probationMonths: 12,
  probationExtensionMonthsMax: 12,
  /** The youngest applicant (the constitution's 18 years). */
  minimumAge: 18,
} as const;

/**
 * The columns of the members' import template, in the sheet's order; each row of an import sends its cells under
 * these keys, as text. The branch is named by its name or its site code; gender and birth date may stay blank (the ID
 * number gives them; when given, they must agree with it); codes (ethnicity, education, occupation, stage, gender)
 * by their label in either language or by the code itself; days as YYYY-MM-DD. Labels live with the service.
 */
export const memberImportColumns = [
  'name',
  'idNumber',
  'gender',
  'birthDate',
  'ethnicity',
  'education',
  'occupation',
  'branch',
  'stage',
  'appliedOn',
  'activistOn',
  'candidateOn',
  'probationaryOn',
  'fullOn',
  'phone',
  'address',
  'workplace',
  'note',
] as const;
export type MemberImportColumn = (typeof memberImportColumns)[number];

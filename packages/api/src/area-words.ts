// A team whose service is split into areas keeps each area's words beside its code (`<area>/words.ts`: messages
// and audit labels, in zh-CN and en-US); `joinAreaWords` joins them into what the registration takes, typed so that
// `teamMessage` knows every key of every area and the English side must name the same keys.

type Labels = {
  auditAction: Record<string, string>;
  auditEntity: Record<string, string>;
  auditField: Record<string, string>;
};
export type AreaWords = {
  'zh-CN': { messages: Record<string, string>; labels: Labels };
  'en-US': { messages: Record<string, string>; labels: Labels };
};
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** Every area's zh-CN messages in one type. */
export type JoinedMessages<Areas extends readonly AreaWords[]> = UnionToIntersection<
  Areas[number]['zh-CN']['messages']
>;

/** The areas' messages and audit labels per locale; an area naming a key another already named stops the start. */
export function joinAreaWords<const Areas extends readonly AreaWords[]>(areas: Areas) {
  const join = (locale: 'zh-CN' | 'en-US') => {
    const messages: Record<string, string> = {};
    const labels: Labels = { auditAction: {}, auditEntity: {}, auditField: {} };
    for (const area of areas) {
      const words = area[locale];
      for (const key of Object.keys(words.messages))
        if (key in messages) throw new Error(`two areas name the message "${key}" (${locale})`);
      Object.assign(messages, words.messages);
      for (const part of ['auditAction', 'auditEntity', 'auditField'] as const)
        Object.assign(labels[part], words.labels[part]);
    }
    return { messages, labels };
  };
  const zh = join('zh-CN');
  const en = join('en-US');
  return {
    'zh-CN': { messages: zh.messages as JoinedMessages<Areas>, labels: zh.labels },
    'en-US': {
      messages: en.messages as Record<keyof JoinedMessages<Areas>, string>,
      labels: en.labels,
    },
  };
}

// antd's Form scrolls a field into view (`form.scrollToField`, `scrollToFirstError`; no form here asks for it)
// with scroll-into-view-if-needed, which every page with a form would bring (about 1 KB brotli of the sign-in
// page): shell/build/lazy-antd-parts.ts points antd's useForm at this stand-in, which fetches it on first use.
import type { StandardBehaviorOptions } from 'scroll-into-view-if-needed';

export default function scrollIntoView(node: Element, options?: StandardBehaviorOptions): void {
  void import('scroll-into-view-if-needed').then(({ default: scroll }) => scroll(node, options));
}

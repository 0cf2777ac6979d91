import { describe, expect, it, vi } from 'vitest';
import scrollIntoView from './scroll-into-view-on-demand';

const real = vi.hoisted(() => vi.fn());
vi.mock('scroll-into-view-if-needed', () => ({ default: real }));

describe("the stand-in for antd Form's scroll to a field", () => {
  it('hands the field and the options to the real scroll once it has come', async () => {
    const node = {} as Element;
    scrollIntoView(node, { scrollMode: 'if-needed', block: 'nearest' });
    await vi.waitFor(() => expect(real).toHaveBeenCalledWith(node, { scrollMode: 'if-needed', block: 'nearest' }));
  });
});

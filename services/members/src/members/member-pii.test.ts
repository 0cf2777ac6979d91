// The masks a list shows are the masks of the values in the clear, whether worked out now or kept from before, and a
// value sealed anew shows its own mask.
import '../../../../tests/support/test-keys';
import { describe, expect, it } from 'vitest';
import { maskedMemberPii, maskMemberPii, openMemberPii, sealMemberPii } from './member-pii';

const pii = { idNumber: '110105194912310029', phone: '13812345678', address: '北京市朝阳区建国路 88 号 3 栋' };

describe('masked personal data', () => {
  it('is the mask of the value in the clear, the first time and every time after', () => {
    const sealed = sealMemberPii(pii);
    const expected = maskMemberPii(openMemberPii(sealed));
    expect(expected).toEqual({ idNumber: '110105********0029', phone: '138****5678', address: '北京市朝阳区****' });
    expect(maskedMemberPii(sealed)).toEqual(expected);
    expect(maskedMemberPii(sealed)).toEqual(expected);
  });

  it('follows a value sealed anew, and leaves empty fields empty', () => {
    const first = sealMemberPii(pii);
    maskedMemberPii(first);
    const changed = sealMemberPii({ ...pii, phone: '13998765432', address: '' });
    expect(maskedMemberPii(changed)).toEqual({ idNumber: '110105********0029', phone: '139****5432', address: '' });
  });
});

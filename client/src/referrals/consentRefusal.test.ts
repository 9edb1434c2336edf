import { describe, expect, it } from 'vitest';
import { translateConsentRefusal } from './consentRefusal';
import { nl } from '../i18n/nl';

const translate = (key: string, options: Record<string, unknown> = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], nl) as string;
  return text.replace('%{name}', String(options.name));
};

describe('translateConsentRefusal', () => {
  it('says the consent refusal in the UI language', () => {
    const errors = { status: 'Yvan has not given consent to share their data with this partner organisation; record sharing consent first' };
    expect(translateConsentRefusal(errors, translate, 'Yvan').status).toBe(
      'Yvan heeft geen toestemming gegeven om gegevens met deze partnerorganisatie te delen; leg eerst toestemming voor delen vast',
    );
  });

  it('leaves other errors as they are', () => {
    const errors = { status: 'must be one of …', breakthroughId: 'can only be linked to a completed referral' };
    expect(translateConsentRefusal(errors, translate, 'Yvan')).toBe(errors);
  });
});

import { localizeTitle } from './TimelinePanel';
import { formatDay } from '../common/dates';

const translate = (key: string) => `<${key}>`;

describe('localizeTitle', () => {
  it('shows labels for the enum values the server writes into titles', () => {
    expect(localizeTitle('consent', 'research', translate)).toBe('<resources.consents.purpose.research>');
    expect(localizeTitle('consent', 'support (withdrawn 2026-01-02)', translate)).toBe(
      `<resources.consents.purpose.support> (<resources.consents.fields.withdrawnOn> ${formatDay('2026-01-02')})`,
    );
    expect(localizeTitle('task', 'Call the school (open)', translate)).toBe(
      'Call the school (<resources.tasks.status.open>)',
    );
    expect(localizeTitle('referral', 'Helpdesk (accepted)', translate)).toBe(
      'Helpdesk (<resources.referrals.status.accepted>)',
    );
    expect(localizeTitle('placement', 'paid_job: started', translate)).toBe(
      '<resources.placements.type.paid_job>: <resources.placements.status.started>',
    );
  });

  it('leaves the words users typed alone', () => {
    expect(localizeTitle('contact', 'research (open)', translate)).toBe('research (open)');
    expect(localizeTitle('task', 'Ask about research', translate)).toBe('Ask about research');
  });
});

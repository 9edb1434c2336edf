import type { EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { Placement } from '../../placements/placement.entity.js';
import { PlacementStatusChange } from '../../placements/placement-status-change.entity.js';
import type { EndReason } from '../../placements/transitions.js';
import type { LabourRightsSignal, SignalKind } from '../../placements/placement.enums.js';
import { Person } from '../../persons/person.entity.js';
import { PartnerOrganization } from '../../partner-organizations/partner-organization.entity.js';
import { Consent } from '../../consents/consent.entity.js';
import { Referral } from '../../referrals/referral.entity.js';
import { Task } from '../../tasks/task.entity.js';
import { addDays } from './random.js';

const day = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

/** How four of the placement organisation's 2023 jobs ended (issue 16), two for the residence status. */
const ENDINGS: { reason: EndReason; endDate: string; signal?: SignalKind; reported?: boolean; wage: number }[] = [
  { reason: 'not_renewed_residence_status', endDate: '2024-02-14', signal: 'underpaid', reported: true, wage: 12.5 },
  { reason: 'not_renewed_residence_status', endDate: '2024-02-14', wage: 13.68 },
  { reason: 'contract_ended', endDate: '2023-08-14', signal: 'unpaid_wages', wage: 13.27 },
  { reason: 'left_for_better_job', endDate: '2023-11-30', signal: 'no_written_contract', wage: 14.1 },
];

/**
 * The work-permit rule and outcomes in the placement organisation's demo
 * (letters 000 and 004; issue 16): every job that started had its UWV
 * notification (all demo households are under temporary protection); one
 * proposal waits for it, with its task; four jobs ended, with reasons,
 * wages and labour-rights signals, one reported to a fair-work helpdesk.
 * Runs after the placements and their deadlines are seeded.
 */
export async function seedPlacementPermits(
  manager: EntityManager,
  organizationId: string,
  matcherId: string,
  today: Date,
): Promise<void> {
  // Employers notified UWV a few days before each start.
  await manager.query(
    `UPDATE placements SET uwv_notified_on = start_date - 5
      WHERE organization_id = $1 AND status <> 'proposed' AND type <> 'volunteer' AND start_date IS NOT NULL`,
    [organizationId],
  );

  const proposals = await manager.find(Placement, {
    where: { organizationId, status: 'proposed' },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const [waiting, notified] = proposals;
  if (waiting) {
    // A job starting in two weeks: the employer has not notified UWV yet.
    const startDate = addDays(today, 14);
    await manager.update(
      Placement,
      { id: waiting.id },
      { startDate, type: 'paid_job', contractType: 'fixed_term', hoursPerWeek: 24, jobTitle: 'Medewerker' },
    );
    const person = await manager.findOneByOrFail(Person, { id: waiting.personId });
    await manager.insert(Task, {
      organizationId,
      title: 'Werkgever meldt de plaatsing bij UWV vóór de start',
      dueDate: addDays(today, 13),
      assigneeId: matcherId,
      householdId: person.householdId,
      personId: waiting.personId,
      placementId: waiting.id,
      status: 'open',
      doneOn: null,
    });
  }
  if (notified?.startDate)
    await manager.update(Placement, { id: notified.id }, { uwvNotifiedOn: day(notified.startDate, -5) });

  const helpdesk = await manager.save(
    manager.create(PartnerOrganization, {
      organizationId,
      name: 'FairWork (meldpunt eerlijk werk)',
      kind: 'Meldpunt arbeidsuitbuiting',
      contact: null,
      domainKeys: ['work'],
    }),
  );
  await manager.save(
    manager.create(PartnerOrganization, {
      organizationId,
      name: 'Nederlandse Arbeidsinspectie',
      kind: 'Toezichthouder',
      contact: null,
      domainKeys: ['work'],
    }),
  );

  const jobs = await manager.find(Placement, {
    where: { organizationId, status: 'started', type: 'paid_job', startDate: '2023-02-15' },
    order: { id: 'ASC' },
    take: ENDINGS.length,
  });
  for (const [i, job] of jobs.entries()) {
    const ending = ENDINGS[i];
    const signals: LabourRightsSignal[] = [];
    if (ending.signal) {
      const date = day(ending.endDate, -60);
      let referralId: string | null = null;
      if (ending.reported) {
        await manager.insert(Consent, {
          organizationId,
          personId: job.personId,
          purpose: 'sharing',
          partnerOrganizationId: helpdesk.id,
          givenOn: day(date, -1),
          givenHow: 'written',
          recordedById: matcherId,
        });
        const referral = await manager.save(
          manager.create(Referral, {
            organizationId,
            personId: job.personId,
            partnerOrganizationId: helpdesk.id,
            domainKey: 'work',
            reason: 'Melding arbeidsrechtsignaal: onderbetaling',
            date,
            status: 'sent',
          }),
        );
        referralId = referral.id;
      }
      signals.push({
        id: randomUUID(),
        kind: ending.signal,
        date,
        actionTaken: ending.reported
          ? 'Loonstroken vergeleken met het contract; gemeld bij FairWork'
          : 'Met de werkgever besproken',
        reported: Boolean(ending.reported),
        partnerOrganizationId: ending.reported ? helpdesk.id : null,
        referralId,
      });
    }
    await manager.update(
      Placement,
      { id: job.id },
      {
        status: 'ended',
        endDate: ending.endDate,
        endReason: ending.reason,
        hourlyWage: ending.wage,
        // One worked more hours than agreed: a signal in itself.
        actualHoursPerWeek: i === 0 ? (job.hoursPerWeek ?? 0) + 8 : null,
        signals,
      },
    );
    await manager.insert(PlacementStatusChange, {
      placementId: job.id,
      status: 'ended',
      changedOn: ending.endDate,
      changedById: matcherId,
    });
  }
}

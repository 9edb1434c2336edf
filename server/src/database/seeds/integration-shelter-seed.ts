import type { EntityManager } from 'typeorm';
import { Household } from '../../households/household.entity.js';
import { Person } from '../../persons/person.entity.js';
import { Placement } from '../../placements/placement.entity.js';
import { PlacementStatusChange } from '../../placements/placement-status-change.entity.js';
import { IntegrationRoute } from '../../integration-routes/integration-route.entity.js';
import { yearsAfter } from '../../integration-routes/route-dates.js';
import { ShelterMove } from '../../shelter-moves/shelter-move.entity.js';
import { addDays } from './random.js';

/**
 * Issue 14's demo (pseudonyms, as in the letters): a status holder whose
 * compulsory lessons clash with a full-time job (letter 002, Shakib), a
 * member whose route's deadline comes up with parts still open, and a
 * household moved from its host family to a hotel with two days' notice
 * shortly before a job ended (letter 002, "Opvang").
 */
export async function seedIntegrationAndShelterMoves(
  manager: EntityManager,
  organizationId: string,
  caseworkerId: string,
): Promise<void> {
  const today = new Date();
  // Two of the 75 households of the report become these stories (the demo keeps the report's count).
  const statusHolders = await takeOver(manager, organizationId, 'ZS-029', {
    shelterType: 'social_housing',
    shelterEndDate: null,
    protectionBasis: 'status_holder',
    protectionEndDate: null,
    assigneeIds: [caseworkerId],
  });
  const shakib = await manager.save(
    manager.create(Person, {
      organizationId,
      householdId: statusHolders.id,
      firstName: 'Shakib',
      householdRole: 'head',
    }),
  );
  const mariam = await manager.save(
    manager.create(Person, {
      organizationId,
      householdId: statusHolders.id,
      firstName: 'Mariam',
      householdRole: 'partner',
    }),
  );
  const started = addDays(today, -300);
  await manager.insert(IntegrationRoute, {
    organizationId,
    personId: shakib.id,
    route: 'b1',
    startDate: started,
    deadline: yearsAfter(started),
    lessonHoursPerWeek: 16,
    languageStatus: 'in_progress',
    languageStartedOn: addDays(today, -280),
    societyKnowledgeStatus: 'completed',
    societyKnowledgeStartedOn: addDays(today, -280),
    societyKnowledgeCompletedOn: addDays(today, -120),
    labourMarketModuleStatus: 'in_progress',
    labourMarketModuleStartedOn: addDays(today, -90),
    participationStatementStatus: 'not_started',
    notes: 'Lessen overdag; vraagt naar avondlessen.',
  });
  // Five weeks left on a Z-route with two parts still open: in the coming deadlines.
  const mariamStart = addDays(today, -3 * 365 + 35);
  await manager.insert(IntegrationRoute, {
    organizationId,
    personId: mariam.id,
    route: 'z_route',
    startDate: mariamStart,
    deadline: addDays(today, 35),
    lessonHoursPerWeek: 8,
    languageStatus: 'completed',
    languageStartedOn: addDays(today, -1000),
    languageCompletedOn: addDays(today, -60),
    societyKnowledgeStatus: 'in_progress',
    societyKnowledgeStartedOn: addDays(today, -200),
    labourMarketModuleStatus: 'exempted',
    labourMarketModuleCompletedOn: addDays(today, -400),
    participationStatementStatus: 'not_started',
  });
  // A full-time job in IT: 40 hours and 16 hours of lessons pass the 40-hour limit.
  await placement(manager, organizationId, shakib.id, {
    status: 'started',
    startDate: addDays(today, -14),
    endDate: null,
    hoursPerWeek: 40,
    jobTitle: 'Junior developer',
    sector: 'IT',
  });

  // Host family to a hotel with two days' notice; the job ended twelve days later.
  const moved = await takeOver(manager, organizationId, 'NM-019', {
    shelterType: 'hotel',
    shelterEndDate: null,
    assigneeIds: [caseworkerId],
  });
  const tina = await manager.save(
    manager.create(Person, { organizationId, householdId: moved.id, firstName: 'Tina', householdRole: 'head' }),
  );
  const forcedOn = addDays(today, -40);
  await manager.insert(ShelterMove, [
    {
      organizationId,
      householdId: moved.id,
      date: addDays(today, -400),
      fromShelterType: 'municipal_shelter',
      toShelterType: 'host_family',
      fromPlace: 'Opvang Heumensoord',
      toPlace: 'Gastgezin Nijmegen-Oost',
      noticeDays: 14,
      forced: false,
      reason: 'Gastgezin gevonden',
    },
    {
      organizationId,
      householdId: moved.id,
      date: forcedOn,
      fromShelterType: 'host_family',
      toShelterType: 'hotel',
      fromPlace: 'Gastgezin Nijmegen-Oost',
      toPlace: 'Hotel Lent',
      noticeDays: 2,
      forced: true,
      reason: 'Verblijf bij gastgezin liep af',
    },
  ]);
  await placement(manager, organizationId, tina.id, {
    status: 'ended',
    startDate: addDays(today, -150),
    endDate: addDays(today, -28),
    endReason: 'moved_away',
    hoursPerWeek: 32,
    jobTitle: 'Productiemedewerker',
    sector: 'Logistiek',
  });
}

async function takeOver(
  manager: EntityManager,
  organizationId: string,
  reference: string,
  fields: Partial<Household>,
): Promise<Household> {
  const household = await manager.findOneByOrFail(Household, { organizationId, reference });
  await manager.update(Household, { id: household.id }, fields);
  return { ...household, ...fields };
}

async function placement(
  manager: EntityManager,
  organizationId: string,
  personId: string,
  fields: Pick<Placement, 'status' | 'startDate' | 'endDate' | 'hoursPerWeek' | 'jobTitle' | 'sector'> &
    Partial<Pick<Placement, 'endReason'>>,
): Promise<void> {
  const saved = await manager.save(
    manager.create(Placement, {
      organizationId,
      personId,
      type: 'paid_job',
      contractType: 'fixed_term',
      fit: 'fits',
      source: 'municipality',
      notes: null,
      matcherId: null,
      employerId: null,
      ...fields,
    }),
  );
  await manager.insert(PlacementStatusChange, [
    { placementId: saved.id, status: 'proposed', changedOn: addDays(new Date(saved.startDate!), -14) },
    { placementId: saved.id, status: 'started', changedOn: saved.startDate! },
    ...(saved.endDate && saved.status === 'ended'
      ? [{ placementId: saved.id, status: 'ended', changedOn: saved.endDate }]
      : []),
  ]);
}

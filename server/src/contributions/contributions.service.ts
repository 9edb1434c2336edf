import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { invalidQuery, notFound } from '../common/errors/app-error.js';
import { isUuid } from '../common/validation/uuid.js';
import { PolicyParametersRepository } from '../policy-parameters/policy-parameters.repository.js';
import {
  computeContribution,
  CONTRIBUTION_KEYS,
  monthBounds,
  type ContributionExemption,
  type HouseholdContribution,
  type ParameterVersion,
} from './contribution.js';
import { ContributionsRepository, type HouseholdRow } from './contributions.repository.js';

export interface ContributionReportRow {
  householdId: string;
  reference: string;
  municipality: string;
  exemption: ContributionExemption | null;
  catering: boolean;
  adults: number;
  gasWaterElectricity: number;
  cateringContribution: number;
  total: number;
  /** Adults whose living allowance stops this month. */
  livingAllowanceStops: number;
}

export interface ContributionReport {
  month: string;
  households: ContributionReportRow[];
  totals: { gasWaterElectricity: number; cateringContribution: number; total: number };
}

/** `month` as YYYY-MM, or a 400. */
export function parseMonth(month: unknown) {
  const bounds = typeof month === 'string' ? monthBounds(month) : null;
  if (!bounds) throw invalidQuery('month must be a month as YYYY-MM');
  return { month: month as string, ...bounds };
}

@Injectable()
export class ContributionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: ContributionsRepository,
    private readonly parameters: PolicyParametersRepository,
  ) {}

  async forHousehold(actor: ActingUser, householdId: string, month: unknown): Promise<HouseholdContribution> {
    const bounds = parseMonth(month);
    if (!isUuid(householdId)) throw notFound('Household');
    const [household] = await this.rows.households(actor.organizationId, householdId);
    if (!household) throw notFound('Household');
    const [members, incomes, versions] = await Promise.all([
      this.rows.members(actor.organizationId, [householdId]),
      this.rows.incomesBetween(actor.organizationId, bounds.first, bounds.last, householdId),
      this.versions(actor, bounds.first, bounds.last),
    ]);
    return computeContribution(bounds.month, household, members, incomes, versions);
  }

  /**
   * Every household for one month. Only the households with an income in
   * that month can owe anything, so only their members are read; the
   * arithmetic is the household route's, per household.
   */
  async report(actor: ActingUser, month: unknown, municipalities?: string[]): Promise<ContributionReport> {
    const bounds = parseMonth(month);
    const households = (await this.rows.households(actor.organizationId)).filter(
      (h) =>
        !municipalities || municipalities.some((m) => m.trim().toLowerCase() === h.municipality.trim().toLowerCase()),
    );
    const incomes = await this.rows.incomesBetween(actor.organizationId, bounds.first, bounds.last);
    const listed = new Set(households.map((h) => h.id));
    const withIncome = [...new Set(incomes.map((i) => i.householdId))].filter((id) => listed.has(id));
    const members = await this.rows.members(actor.organizationId, withIncome);
    const versions = await this.versions(actor, bounds.first, bounds.last);
    const rows = households.map((household: HouseholdRow) => {
      const c = computeContribution(
        bounds.month,
        household,
        members.filter((m) => m.householdId === household.id),
        incomes.filter((i) => i.householdId === household.id),
        versions,
      );
      return {
        householdId: household.id,
        reference: household.reference,
        municipality: household.municipality,
        exemption: c.exemption,
        catering: c.catering,
        adults: c.adults,
        gasWaterElectricity: c.gasWaterElectricity,
        cateringContribution: c.cateringContribution,
        total: c.total,
        livingAllowanceStops: c.livingAllowance.filter((f) => f.livingAllowanceStops).length,
      };
    });
    const add = (pick: (r: ContributionReportRow) => number) =>
      Math.round(rows.reduce((sum, r) => sum + pick(r), 0) * 100) / 100;
    return {
      month: bounds.month,
      households: rows,
      totals: {
        gasWaterElectricity: add((r) => r.gasWaterElectricity),
        cateringContribution: add((r) => r.cateringContribution),
        total: add((r) => r.total),
      },
    };
  }

  private async versions(actor: ActingUser, first: string, last: string): Promise<ParameterVersion[]> {
    const rows = await this.parameters.versionsBetween(
      this.dataSource.manager,
      actor.organizationId,
      CONTRIBUTION_KEYS,
      first,
      last,
    );
    return rows.map((v) => ({
      id: v.id,
      key: v.key,
      value: v.value,
      unit: v.unit,
      validFrom: v.validFrom,
      validTo: v.validTo,
      sourceDocument: v.sourceDocument,
      sourceParagraph: v.sourceParagraph,
    }));
  }
}

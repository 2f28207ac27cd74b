import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, DomainError, PlanPublication, PublicPlanSummary, todayIn } from '@mandate/domain';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { RevisionCache } from '../../common/cache/revision-cache';
import { TransportError } from '../../common/errors/transport-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { REDIS } from '../../redis/redis.module';
import { AuditService } from '../audit/audit.service';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { DisbursementService } from '../disbursement/disbursement.service';
import { IndicatorsService } from '../indicators/indicators.service';
import { PlanEntity } from '../plans/plan.entity';

interface PublishedPlan {
  id: string;
  number: string | null;
  title: string;
  issuer: string | null;
  planYear: number | null;
  publishedAt: Date;
}

/**
 * The public transparency page: a plan the UBND published, in counts and department names only. The publication is
 * read on every request (a primary-key lookup), so unpublishing removes the page at once; the figures are cached
 * per work-package revision; each address is rate-limited across replicas through Redis.
 */
@Injectable()
export class PublicPlansService {
  private readonly limiter: RateLimiterRedis;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly deadlines: DeadlinesService,
    private readonly indicators: IndicatorsService,
    private readonly disbursement: DisbursementService,
    private readonly cache: RevisionCache,
    private readonly audit: AuditService,
  ) {
    const points = config.PUBLIC_RATE_LIMIT_PER_MINUTE;
    this.limiter = new RateLimiterRedis({ storeClient: redis, keyPrefix: 'public-page', points, duration: 60, insuranceLimiter: new RateLimiterMemory({ points, duration: 60 }) });
  }

  async summary(planId: string, address: string): Promise<PublicPlanSummary> {
    await this.limiter.consume(address).catch((refusal: unknown) => {
      if (refusal instanceof RateLimiterRes) throw new TransportError('RATE_LIMITED', 'Too many requests to the public page; try again in a minute.');
      throw refusal;
    });
    const [plan] = await this.dataSource.query<PublishedPlan[]>(
      `SELECT id, number, title, issuer, plan_year AS "planYear", published_at AS "publishedAt" FROM plans WHERE id = $1 AND published_at IS NOT NULL AND NOT archived`,
      [planId],
    );
    if (!plan) throw new DomainError('NOT_FOUND', 'This plan has no public page.');
    const asOf = todayIn(new Date());
    return this.cache.getOrCompute('work_packages', `public|${planId}|${asOf}|${plan.publishedAt.toISOString()}`, () => this.compute(plan, asOf));
  }

  async publication(planId: string): Promise<PlanPublication> {
    const plan = await this.dataSource.manager.findOne(PlanEntity, { where: { id: planId }, select: { id: true, publishedAt: true } });
    if (!plan) throw new DomainError('NOT_FOUND', 'Plan not found.');
    return { planId, published: plan.publishedAt !== null, publishedAt: plan.publishedAt?.toISOString() ?? null };
  }

  /** The UBND's switch; audited with the before and after. */
  async setPublication(actor: Actor, planId: string, published: boolean): Promise<PlanPublication> {
    return this.dataSource.transaction(async (manager) => {
      // Setting a flag to a value is idempotent, so a row lock suffices: two clicks cannot lose an update.
      const plan = await manager.findOne(PlanEntity, { where: { id: planId }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw new DomainError('NOT_FOUND', 'Plan not found.');
      const before = { publishedAt: plan.publishedAt?.toISOString() ?? null };
      const publishedAt = published ? (plan.publishedAt ?? new Date()) : null;
      await manager.update(PlanEntity, { id: planId }, { publishedAt });
      const after = { publishedAt: publishedAt?.toISOString() ?? null };
      await this.audit.record(manager, { actor, entityType: 'plan', entityId: planId, action: 'update', before, after });
      return { planId, published, publishedAt: after.publishedAt };
    });
  }

  private async compute(plan: PublishedPlan, asOf: string): Promise<PublicPlanSummary> {
    const summary = await this.deadlines.summary({ planId: plan.id, asOf });
    const names = new Map<string, string>(
      (await this.dataSource.query<{ id: string; name: string }[]>(`SELECT id::text, name FROM departments`)).map((d) => [d.id, d.name]),
    );
    const [indicators, disbursement] = await Promise.all([this.indicators.list(plan.id, asOf), this.disbursement.overview(plan.id)]);
    const [{ updatedAt }] = await this.dataSource.query<{ updatedAt: Date | null }[]>(`SELECT max(updated_at) AS "updatedAt" FROM work_packages WHERE plan_id = $1`, [plan.id]);
    return {
      plan: { id: plan.id, number: plan.number, title: plan.title, issuer: plan.issuer, planYear: plan.planYear },
      asOf,
      lastUpdatedAt: (updatedAt ?? plan.publishedAt).toISOString(),
      publishedAt: plan.publishedAt.toISOString(),
      packages: {
        total: summary.total,
        byCategory: summary.byCategory,
        byDepartment: summary.byDepartment.map((d) => ({ departmentName: names.get(d.departmentId) ?? '—', total: d.total, byCategory: d.byCategory })),
      },
      // Field by field, so nothing added to these services later (a note, a reporter) reaches the public page by accident.
      indicators: indicators.items.map((i) => ({
        code: i.code,
        name: i.name,
        group: i.group,
        targets: i.targets.map((g) => ({
          label: g.label,
          comparator: g.comparator,
          value: g.value,
          max: g.max,
          unit: g.unit,
          status: g.status,
          latestValue: g.latest?.value ?? null,
          latestPeriod: g.latest?.period ?? null,
          percentOfTarget: g.percentOfTarget,
        })),
      })),
      disbursement:
        disbursement.allocated > 0
          ? { allocated: disbursement.allocated, disbursed: disbursement.disbursed, rate: disbursement.rate, targetRate: disbursement.targetRate, asOfMonth: disbursement.asOfMonth, months: disbursement.months }
          : null,
    };
  }
}

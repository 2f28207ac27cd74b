import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  assertCanReportIndicator,
  assertEvidenceFiles,
  AssessmentStatus,
  DomainError,
  endOfDayUtc,
  EVIDENCE_KIND_RULES,
  IndicatorDetail,
  IndicatorList,
  IndicatorMeasurement,
  IndicatorView,
  LinkedPackage,
  parseIndicatorPeriod,
  validateMeasurementInput,
} from '@mandate/domain';
import { DataSource, EntityManager } from 'typeorm';
import { CompressedReadModel, CompressedReadModelCache } from '../../common/cache/compressed-read-model-cache';
import { loadForUpdate, isUniqueViolation } from '../../common/persistence/load-for-update';
import { AuditService } from '../audit/audit.service';
import { findPlan } from '../plans/plans.service';
import { PlanIndicatorEntity } from '../plans/plan-indicator.entity';
import { asOfDate } from '../work-packages/as-of-date';
import { EvidenceStorage, UploadedEvidenceFile } from '../work-packages/evidence-storage';
import { contentDisposition } from '../work-packages/content-disposition';
import { AssessTargetDto, CreateMeasurementDto, UpdateIndicatorDto } from './dtos/indicator.dtos';
import { IndicatorMeasurementEntity } from './indicator-measurement.entity';
import { IndicatorTargetEntity } from './indicator-target.entity';
import { indicatorViewOf } from './indicator-view';
import { loadIndicatorRow, loadIndicatorTargets, loadPlanIndicators } from './indicators.sql';

const measurementExists = (period: string, kind: string) =>
  new DomainError('MEASUREMENT_EXISTS', `This indicator already has ${kind} figures for ${period}; send "correction": true to replace them.`, [{ field: 'period', message: `already has ${kind} figures`, rule: 'taken' }]);

const MEASUREMENT_COLUMNS = `m.id, m.indicator_id AS "indicatorId", m.period, m.kind, m."values", m.source, m.note, m.evidence_file_name AS "evidenceFileName",
  m.evidence_size_bytes::float8 AS "evidenceSizeBytes", m.evidence_content_type AS "evidenceContentType", m.entered_by AS "enteredBy", eu.display_name AS "enteredByName",
  m.entered_at AS "enteredAt", m.confirmed_by AS "confirmedBy", cu.display_name AS "confirmedByName", m.confirmed_at AS "confirmedAt", m.corrects_id AS "correctsId", m.version`;

interface MeasurementRow extends Omit<IndicatorMeasurement, 'evidence' | 'enteredAt' | 'confirmedAt'> {
  evidenceFileName: string | null;
  evidenceSizeBytes: number | null;
  evidenceContentType: string | null;
  enteredAt: Date;
  confirmedAt: Date | null;
}

const mapMeasurement = (r: MeasurementRow): IndicatorMeasurement => ({
  id: r.id,
  indicatorId: r.indicatorId,
  period: r.period,
  kind: r.kind,
  values: r.values,
  source: r.source,
  note: r.note,
  evidence: r.evidenceFileName ? { fileName: r.evidenceFileName, sizeBytes: r.evidenceSizeBytes ?? 0, contentType: r.evidenceContentType ?? '' } : null,
  enteredBy: r.enteredBy,
  enteredByName: r.enteredByName ?? '',
  enteredAt: new Date(r.enteredAt).toISOString(),
  confirmedBy: r.confirmedBy,
  confirmedByName: r.confirmedByName,
  confirmedAt: r.confirmedAt ? new Date(r.confirmedAt).toISOString() : null,
  correctsId: r.correctsId,
  version: r.version,
});

async function readMeasurement(manager: EntityManager, id: string): Promise<IndicatorMeasurement> {
  const rows = await manager.query<MeasurementRow[]>(
    `SELECT ${MEASUREMENT_COLUMNS} FROM indicator_measurements m LEFT JOIN users eu ON eu.id = m.entered_by LEFT JOIN users cu ON cu.id = m.confirmed_by WHERE m.id = $1`,
    [id],
  );
  if (rows.length === 0) throw new DomainError('NOT_FOUND', 'Indicator figures not found.');
  return mapMeasurement(rows[0]);
}

/** Indicators of a plan with computed statuses, their figures (entered by the responsible department, confirmed by the UBND office) and manual assessments. */
@Injectable()
export class IndicatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly storage: EvidenceStorage,
    private readonly cache: CompressedReadModelCache,
  ) {}

  /**
   * The Indicators page data as gzip JSON, computed once per (plan, effective as-of date, indicators revision) and
   * shared through Redis; every write to indicators, targets or figures moves the revision in its own commit. The key
   * holds the effective date, so the default "today" rolls over at midnight in Hà Nội.
   */
  listBody(planId: string, asOf: string | undefined, ifNoneMatch?: string): Promise<CompressedReadModel> {
    const date = asOfDate(asOf);
    return this.cache.get('indicators', 'indicators', JSON.stringify([planId, date]), ifNoneMatch, async () => JSON.stringify(await this.list(planId, date)));
  }

  /** Figures count once entered (a department's estimate moves the status before the office confirms it; the row says whether it is confirmed). */
  async list(planId: string, asOf?: string): Promise<IndicatorList> {
    const date = asOfDate(asOf);
    await findPlan(this.dataSource.manager, planId);
    const { indicators, targets, figures } = await loadPlanIndicators(this.dataSource.manager, planId, endOfDayUtc(date));
    const targetsOf = groupBy(targets, (t) => t.indicatorId);
    const figuresOf = groupBy(figures, (f) => f.indicatorId);
    return { asOf: date, items: indicators.map((i) => indicatorViewOf(i, targetsOf.get(i.id) ?? [], figuresOf.get(i.id) ?? [])) };
  }

  async get(id: string): Promise<IndicatorDetail> {
    const manager = this.dataSource.manager;
    const row = await loadIndicatorRow(manager, id);
    if (!row) throw new DomainError('NOT_FOUND', 'Indicator not found.');
    const [targets, measurementRows, packages] = await Promise.all([
      loadIndicatorTargets(manager, id),
      manager.query<MeasurementRow[]>(
        `SELECT ${MEASUREMENT_COLUMNS} FROM indicator_measurements m LEFT JOIN users eu ON eu.id = m.entered_by LEFT JOIN users cu ON cu.id = m.confirmed_by
         WHERE m.indicator_id = $1 AND m.superseded_at IS NULL ORDER BY m.period_end, m.entered_at`,
        [id],
      ),
      manager.query<LinkedPackage[]>(
        `SELECT id, title, status, progress, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", lead_department_id AS "leadDepartmentId"
         FROM work_packages WHERE indicator_id = $1 ORDER BY due_date NULLS LAST, title LIMIT 200`,
        [id],
      ),
    ]);
    const measurements = measurementRows.map(mapMeasurement);
    const view = indicatorViewOf(row, targets, measurements.map((m) => ({ indicatorId: id, period: m.period, kind: m.kind, values: m.values, confirmed: m.confirmedAt !== null })));
    return { ...view, planId: row.planId, planYear: row.planYear, text: row.text, measurements, packages };
  }

  async update(actor: Actor, id: string, input: UpdateIndicatorDto): Promise<IndicatorView> {
    if (input.responsibleDepartmentId === undefined && input.accumulation === undefined) {
      throw new DomainError('VALIDATION_FAILED', 'body: names no field to change', [{ field: 'body', message: 'names no field to change', rule: 'nothingToChange' }]);
    }
    await this.dataSource.transaction(async (manager) => {
      const row = await loadForUpdate(manager, PlanIndicatorEntity, id, input.version, 'Indicator');
      if (input.responsibleDepartmentId) {
        const [{ n }] = await manager.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM departments WHERE id = $1 AND active`, [input.responsibleDepartmentId]);
        if (n === 0) throw new DomainError('VALIDATION_FAILED', 'responsibleDepartmentId: no such active department', [{ field: 'responsibleDepartmentId', message: 'no such active department', rule: 'notActiveDepartment' }]);
      }
      const before = { responsibleDepartmentId: row.responsibleDepartmentId, accumulation: row.accumulation, version: row.version };
      if (input.responsibleDepartmentId !== undefined) row.responsibleDepartmentId = input.responsibleDepartmentId;
      if (input.accumulation !== undefined) row.accumulation = input.accumulation as PlanIndicatorEntity['accumulation'];
      const saved = await manager.save(row);
      await this.audit.record(manager, { actor, entityType: 'indicator', entityId: id, action: 'update', before, after: { responsibleDepartmentId: saved.responsibleDepartmentId, accumulation: saved.accumulation, version: saved.version } });
    });
    const detail = await this.get(id);
    return { ...detail };
  }

  async assess(actor: Actor, targetId: string, input: AssessTargetDto): Promise<IndicatorView> {
    const indicatorId = await this.dataSource.transaction(async (manager) => {
      const row = await loadForUpdate(manager, IndicatorTargetEntity, targetId, input.version, 'Indicator target');
      if (row.comparator !== 'qualitative' && row.value !== null) {
        throw new DomainError('VALIDATION_FAILED', 'status: only a qualitative target takes a manual assessment; this one is measured', [{ field: 'status', message: 'only for qualitative targets', rule: 'qualitativeOnly' }]);
      }
      const before = { status: row.assessmentStatus, note: row.assessmentNote, version: row.version };
      Object.assign(row, { assessmentStatus: input.status as AssessmentStatus, assessmentNote: input.note, assessedBy: actor.id, assessedAt: new Date() });
      const saved = await manager.save(row);
      await this.audit.record(manager, { actor, entityType: 'indicator_target', entityId: targetId, action: 'update', before, after: { status: saved.assessmentStatus, note: saved.assessmentNote, version: saved.version } });
      return row.indicatorId;
    });
    return this.get(indicatorId);
  }

  /**
   * New figures for a period and kind. A second set for the same period and kind is MEASUREMENT_EXISTS (409) unless it is an explicit
   * correction, which supersedes the current set (kept, audited with both). The evidence file is checked before anything is written and
   * moved into storage inside the transaction, removed again if it fails.
   */
  async addMeasurement(actor: Actor, indicatorId: string, input: CreateMeasurementDto, file?: UploadedEvidenceFile): Promise<IndicatorMeasurement> {
    const kept: string[] = [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        const indicator = await manager.findOne(PlanIndicatorEntity, { where: { id: indicatorId }, lock: { mode: 'pessimistic_write' } });
        if (!indicator) throw new DomainError('NOT_FOUND', 'Indicator not found.');
        assertCanReportIndicator(actor, indicator);
        const plan = await findPlan(manager, indicator.planId);
        if (plan.archived) throw new DomainError('PLAN_ARCHIVED', 'This plan is archived; its indicators take no new figures.');
        const targets = await loadIndicatorTargets(manager, indicatorId);
        const problems = validateMeasurementInput(input, targets, plan.planYear);
        if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
        const [kind] = file ? assertEvidenceFiles([{ fileName: file.originalname, size: file.size, head: await this.storage.head(file.path) }], 'file') : [];
        const period = parseIndicatorPeriod(input.period)!;

        const existing = await this.currentOf(manager, indicatorId, period.code, input.kind as string);
        if (existing && !input.correction) throw measurementExists(period.code, String(input.kind));
        if (!existing && input.correction) throw new DomainError('VALIDATION_FAILED', 'correction: there are no figures of this period and kind to correct', [{ field: 'correction', message: 'nothing to correct', rule: 'nothingToChange' }]);
        if (existing && input.version !== undefined && existing.version !== input.version) {
          throw new DomainError('VERSION_CONFLICT', `These figures were changed by someone else (version ${existing.version}, you sent ${input.version}); reload and try again.`);
        }
        if (existing) await manager.update(IndicatorMeasurementEntity, { id: existing.id }, { supersededAt: new Date(), version: existing.version + 1 });

        let evidence: Partial<IndicatorMeasurementEntity> = {};
        if (file && kind) {
          const sha256 = await this.storage.sha256(file.path);
          const storageKey = await this.storage.keep(file.path, indicatorId);
          kept.push(storageKey);
          evidence = { evidenceFileName: file.originalname.normalize('NFC').slice(0, 255), evidenceContentType: EVIDENCE_KIND_RULES[kind].contentType, evidenceSizeBytes: file.size, evidenceStorageKey: storageKey, evidenceSha256: sha256 };
        }
        const values = (input.values as { targetId: string; value: number }[]).map((v) => ({ targetId: v.targetId, value: v.value }));
        const saved = await manager.save(
          manager.create(IndicatorMeasurementEntity, {
            indicatorId,
            period: period.code,
            periodEnd: period.end,
            kind: input.kind as IndicatorMeasurementEntity['kind'],
            values,
            source: (input.source as string).trim(),
            note: typeof input.note === 'string' && input.note.trim() ? input.note.trim() : null,
            enteredBy: actor.id,
            correctsId: existing?.id ?? null,
            ...evidence,
          }),
        );
        const after = await readMeasurement(manager, saved.id);
        const before = existing ? await readMeasurement(manager, existing.id) : null;
        await this.audit.record(manager, { actor, entityType: 'indicator_measurement', entityId: saved.id, action: existing ? 'update' : 'create', before, after: { ...after, correction: Boolean(existing), evidenceSha256: evidence.evidenceSha256 ?? null } });
        return after;
      });
    } catch (error) {
      await this.storage.remove(kept);
      if (isUniqueViolation(error)) throw measurementExists(String(input.period), String(input.kind));
      throw error;
    } finally {
      if (file) await this.storage.discardUploads([file]);
    }
  }

  async confirm(actor: Actor, id: string, version?: number): Promise<IndicatorMeasurement> {
    return this.dataSource.transaction(async (manager) => {
      const row = version === undefined ? await manager.findOne(IndicatorMeasurementEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : await loadForUpdate(manager, IndicatorMeasurementEntity, id, version, 'Indicator figures');
      if (!row) throw new DomainError('NOT_FOUND', 'Indicator figures not found.');
      if (row.supersededAt) throw new DomainError('VERSION_CONFLICT', 'These figures were corrected since; confirm the correction instead.');
      if (row.confirmedAt) throw new DomainError('MEASUREMENT_ALREADY_CONFIRMED', 'These figures are already confirmed.');
      await manager.update(IndicatorMeasurementEntity, { id }, { confirmedBy: actor.id, confirmedAt: new Date(), version: row.version + 1 });
      const after = await readMeasurement(manager, id);
      await this.audit.record(manager, { actor, entityType: 'indicator_measurement', entityId: id, action: 'confirm', before: { confirmedAt: null, version: row.version }, after: { confirmedAt: after.confirmedAt, confirmedBy: after.confirmedBy, version: after.version } });
      return after;
    });
  }

  /** Evidence of indicator figures is read by everyone who reads indicators (the figures are public to every signed-in role). */
  async evidence(id: string): Promise<StreamableFile> {
    const row = await this.dataSource.manager.findOne(IndicatorMeasurementEntity, { where: { id } });
    if (!row || !row.evidenceStorageKey) throw new DomainError('NOT_FOUND', 'These figures have no evidence file.');
    if (!(await this.storage.exists(row.evidenceStorageKey))) throw new DomainError('NOT_FOUND', 'The evidence file is missing from storage.');
    return new StreamableFile(this.storage.read(row.evidenceStorageKey), { type: row.evidenceContentType ?? 'application/octet-stream', length: row.evidenceSizeBytes ?? undefined, disposition: contentDisposition(row.evidenceFileName ?? 'evidence') });
  }

  private async currentOf(manager: EntityManager, indicatorId: string, period: string, kind: string): Promise<IndicatorMeasurementEntity | null> {
    const rows = await manager.query<{ id: string }[]>(`SELECT id FROM indicator_measurements WHERE indicator_id = $1 AND period = $2 AND kind = $3 AND superseded_at IS NULL FOR UPDATE`, [indicatorId, period, kind]);
    return rows.length > 0 ? manager.findOneBy(IndicatorMeasurementEntity, { id: rows[0].id }) : null;
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

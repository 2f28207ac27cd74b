import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, assertValidIndicatorReportSettings, DEFAULT_INDICATOR_REPORT_SETTINGS, DomainError, IndicatorReportSettingsResponse } from '@mandate/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { IndicatorReportSettingsDto } from './dtos/indicator.dtos';

/** The one row of indicator_report_settings, or the defaults (version 0) before the admin saves any. */
export async function readIndicatorReportSettings(manager: EntityManager, lock = false): Promise<IndicatorReportSettingsResponse> {
  const rows = await manager.query<{ reportDay: number; hourOfDay: string; version: number }[]>(
    `SELECT report_day AS "reportDay", hour_of_day AS "hourOfDay", version FROM indicator_report_settings WHERE id${lock ? ' FOR UPDATE' : ''}`,
  );
  return rows.length === 0 ? { ...DEFAULT_INDICATOR_REPORT_SETTINGS, isDefault: true, version: 0 } : { ...rows[0], isDefault: false };
}

@Injectable()
export class IndicatorReportSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  get(): Promise<IndicatorReportSettingsResponse> {
    return readIndicatorReportSettings(this.dataSource.manager);
  }

  async put(actor: Actor, input: IndicatorReportSettingsDto): Promise<IndicatorReportSettingsResponse> {
    const settings = assertValidIndicatorReportSettings(input);
    return this.dataSource.transaction(async (manager) => {
      const before = await readIndicatorReportSettings(manager, true);
      if (before.version !== input.version) throw new DomainError('VERSION_CONFLICT', `The reminder settings were changed by someone else (version ${before.version}, you sent ${input.version}); reload and try again.`);
      await manager.query(
        `INSERT INTO indicator_report_settings (id, report_day, hour_of_day, version) VALUES (true, $1, $2, 1)
         ON CONFLICT (id) DO UPDATE SET report_day = EXCLUDED.report_day, hour_of_day = EXCLUDED.hour_of_day, version = indicator_report_settings.version + 1, updated_at = now()`,
        [settings.reportDay, settings.hourOfDay],
      );
      const after = await readIndicatorReportSettings(manager);
      await this.audit.record(manager, { actor, entityType: 'indicator_report_settings', entityId: null, action: 'update', before, after });
      return after;
    });
  }
}

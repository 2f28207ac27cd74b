import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { EvidenceStorage } from '../work-packages/evidence-storage';
import { IndicatorReportSettingsService } from './indicator-report-settings.service';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsService } from './indicators.service';

@Module({
  imports: [MulterModule.registerAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => ({ dest: new EvidenceStorage(config).ensurePrivateDirs() }) })],
  controllers: [IndicatorsController],
  providers: [IndicatorsService, IndicatorReportSettingsService, EvidenceStorage],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}

import { Module } from '@nestjs/common';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { DisbursementModule } from '../disbursement/disbursement.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { WorkPackagesModule } from '../work-packages/work-packages.module';
import { AppendixSource } from './appendix.source';
import { ExportQueue } from './export-queue';
import { ExportStorage } from './export-storage';
import { ReportExportsService } from './report-exports.service';
import { PeriodicReportService } from './periodic-report.service';
import { PublicPlansController } from './public-plans.controller';
import { PublicPlansService } from './public-plans.service';
import { LeagueController } from './league.controller';
import { LeagueService } from './league.service';
import { ReportsController } from './reports.controller';

/** API side of reports: appendix exports (in the request, or queued for the worker), periodic reports, the public page, the league table. */
@Module({
  imports: [WorkPackagesModule, DeadlinesModule, IndicatorsModule, DisbursementModule],
  controllers: [ReportsController, LeagueController, PublicPlansController],
  providers: [AppendixSource, ReportExportsService, ExportQueue, ExportStorage, PublicPlansService, PeriodicReportService, LeagueService],
  exports: [LeagueService],
})
export class ReportsModule {}

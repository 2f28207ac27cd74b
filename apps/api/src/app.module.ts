import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AccessModule } from './common/auth/access.module';
import { RevisionCacheModule } from './common/cache/revision-cache.module';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { BoardModule } from './modules/board/board.module';
import { LiveModule } from './modules/live/live.module';
import { BreakdownRulesModule } from './modules/breakdown-rules/breakdown-rules.module';
import { DeadlinesModule } from './modules/deadlines/deadlines.module';
import { DepartmentsModule } from './modules/departments/departments.module';
import { DisbursementModule } from './modules/disbursement/disbursement.module';
import { HealthModule } from './modules/health/health.module';
import { IndicatorsModule } from './modules/indicators/indicators.module';
import { HomeModule } from './modules/home/home.module';
import { PlansModule } from './modules/plans/plans.module';
import { UsersModule } from './modules/users/users.module';
import { WorkPackagesModule } from './modules/work-packages/work-packages.module';
import { MailModule } from './modules/mail/mail.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { QueuesAdminModule } from './modules/queues-admin/queues-admin.module';
import { RemindersModule } from './modules/reminders/reminders.module';
import { SupervisionModule } from './modules/supervision/supervision.module';
import { ReportsModule } from './modules/reports/reports.module';
import { RedisModule } from './redis/redis.module';
import { loggerOptions } from './bootstrap/logger-options';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => loggerOptions(config) }),
    DatabaseModule,
    RedisModule,
    AccessModule,
    RevisionCacheModule,
    AuditModule,
    HealthModule,
    AuthModule,
    UsersModule,
    DepartmentsModule,
    PlansModule,
    IndicatorsModule,
    BreakdownRulesModule,
    WorkPackagesModule,
    BoardModule,
    LiveModule,
    DeadlinesModule,
    RemindersModule,
    NotificationsModule,
    MailModule,
    QueuesAdminModule,
    SupervisionModule,
    DisbursementModule,
    ReportsModule,
    HomeModule,
  ],
})
export class AppModule {}
